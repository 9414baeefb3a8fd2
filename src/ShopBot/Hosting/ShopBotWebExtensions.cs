using ShopBot.Charts;
using ShopBot.Channels.BotConnector;
using ShopBot.Channels.DirectLine;
using ShopBot.Agents;
using ShopBot.Catalog;
using ShopBot.Chat;
using ShopBot.Nlu;

namespace ShopBot.Hosting;

/// <summary>The HTTP pipeline and endpoints.</summary>
public static class ShopBotWebExtensions
{
    public static WebApplication UseShopBotWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapShopBotEndpoints(this WebApplication app)
    {
        app.MapShopBotDirectLine();
        app.MapShopBotMessages();
        app.MapShopBotChatToken();
        app.MapShopBotNlu();
        app.MapShopBotAgents();
        app.MapShopBotProductImages();
        app.MapShopBotCharts();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }

    /// <summary>Prints where the chat page is once the server listens.</summary>
    public static WebApplication AnnounceChatPage(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls) Console.WriteLine($"ShopBot chat page: {url.TrimEnd('/')}/");
        });
        return app;
    }
}
