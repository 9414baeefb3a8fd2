using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Nlu;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Nlu;

/// <summary>A host configured with <c>ShopBot:Nlu:Encoder = minilm</c>: trained from the shipped dialogs with the real encoder (once per test run; the model cache keeps it).</summary>
public sealed class MiniLmNluHost() : ShopBotFactory(realNlu: true, new Dictionary<string, string?>
{
    ["ShopBot:Nlu:Encoder"] = "minilm",
});

public sealed class MiniLmNluHostTests(MiniLmNluHost host) : IClassFixture<MiniLmNluHost>
{
    [Fact]
    public async Task Parse_UsesTheEncoderConfiguredInAppSettings()
    {
        var http = host.CreateClient();
        var models = host.Services.GetRequiredService<NluModels>();
        Assert.Equal("minilm", models.Encoder?.Name);
        var (status, body) = await NluParseEndpointTests.ParseAsync(http, JsonContent.Create(new { text = "has my parcel left your warehouse yet" }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("track_order", body!["intent"]!["name"]!.GetValue<string>());
        Assert.Equal(5, body["intents"]!.AsArray().Count);
    }
}
