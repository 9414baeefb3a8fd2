using Microsoft.Playwright;
using ShopBot.Tests.Support;
using static ShopBot.Tests.Support.WebChatPage;
using Xunit.Abstractions;

namespace ShopBot.Tests.Browser;

/// <summary>
/// The shopper's first experience, end to end: the real host on a loopback socket, the chat page with the unmodified
/// Web Chat bundle, headless Chromium typing into it. Runs over the WebSocket stream and over polling.
/// </summary>
[Collection("browser")]
public sealed class WebChatBrowserTests(KestrelShopBotFactory host, ITestOutputHelper output) : IClassFixture<KestrelShopBotFactory>
{

    [Theory]
    [InlineData("websocket", "")]
    [InlineData("polling", "?transport=polling")]
    public async Task Shopper_IsGreeted_GetsAnswers_AndKeepsTheHistoryAfterAReload(string mode, string query)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.Console += (_, message) => output.WriteLine($"[browser {message.Type}] {message.Text}");
            await page.GotoAsync(new Uri(host.BaseAddress, "/" + query).ToString());

            // The welcome arrives without the shopper typing anything.
            await Expect(page.Locator(BotBubble).First).ToContainTextAsync("ShopBot", new() { Timeout = 30_000 });

            await SayAsync(page, "hi");
            await WaitForBotBubblesAsync(page, 2);
            var greeting = await page.Locator(BotBubble).Nth(1).InnerTextAsync();
            Assert.Matches("(?i)hi|hello|hey", greeting);

            await SayAsync(page, "what can you do");
            await WaitForBotBubblesAsync(page, 3);
            await Expect(page.Locator(BotBubble).Nth(2)).ToContainTextAsync("Here is what I can do");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsDirectory, $"webchat-{mode}.png"), FullPage = true });

            // A reload resumes the same conversation and shows its history.
            await page.ReloadAsync();
            await Expect(page.Locator(UserBubble).Filter(new() { HasText = "what can you do" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await WaitForBotBubblesAsync(page, 3);
            Assert.Equal(3, await page.Locator(BotBubble).CountAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsDirectory, $"webchat-{mode}-reloaded.png"), FullPage = true });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
