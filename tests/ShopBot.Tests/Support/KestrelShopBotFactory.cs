using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Tests.Support;

/// <summary>The real host on a real Kestrel socket on 127.0.0.1 (a free port), for browsers and raw WebSocket clients.</summary>
public class KestrelShopBotFactory : ShopBotFactory
{
    public KestrelShopBotFactory()
        : this(realNlu: true, null)
    {
    }

    internal KestrelShopBotFactory(bool realNlu, IDictionary<string, string?>? settings)
        : base(realNlu, settings)
    {
        UseKestrel(0);
    }

    /// <summary>Starts the server (once) and returns its base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }
}
