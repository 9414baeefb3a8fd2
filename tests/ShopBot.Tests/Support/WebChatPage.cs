using Microsoft.Playwright;

namespace ShopBot.Tests.Support;

/// <summary>Selectors and actions on the chat page's Web Chat, shared by the browser tests.</summary>
public static class WebChatPage
{
    public const string BotBubble = ".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content";
    public const string UserBubble = ".webchat__stacked-layout--from-user .webchat__bubble__content";
    public const string SendBox = "[data-id='webchat-sendbox-input']";

    /// <summary>Types <paramref name="text"/> into the send box and presses Enter.</summary>
    public static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator(SendBox);
        await input.FillAsync(text, new() { Timeout = 30_000 });
        await input.PressAsync("Enter");
    }

    /// <summary>Sends <paramref name="text"/> and waits until it shows as the user's message.</summary>
    public static async Task SayAsync(IPage page, string text)
    {
        await SendAsync(page, text);
        await Assertions.Expect(page.Locator(UserBubble).Filter(new() { HasText = text }).Last).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>Waits (up to 30 s) until at least <paramref name="count"/> bot messages show.</summary>
    public static async Task WaitForBotBubblesAsync(IPage page, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await page.Locator(BotBubble).CountAsync() < count)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"expected {count} bot messages, saw {await page.Locator(BotBubble).CountAsync()}");
            await Task.Delay(100);
        }
    }
}
