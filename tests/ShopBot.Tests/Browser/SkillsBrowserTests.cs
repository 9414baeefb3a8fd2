using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ShopBot.Tests.Support;
using static ShopBot.Tests.Support.WebChatPage;
using Xunit.Abstractions;

namespace ShopBot.Tests.Browser;

/// <summary>The real host on loopback with the small demo shop, one signed-in staff member, and Web Chat in Chromium.</summary>
public sealed class ShopKestrelFactory : KestrelShopBotFactory
{
    public const string StaffUser = "dl_staff_browser";

    public ShopKestrelFactory()
        : base(realNlu: true, Settings())
    {
    }

    private static Dictionary<string, string?> Settings()
    {
        var settings = RealNluShopBotFactory.SmallShop;
        settings["ShopBot:Staff:DirectLineUserIds:0"] = StaffUser;
        return settings;
    }
}

/// <summary>
/// What the skills look like in the real Web Chat: a shopper's recommendation carousel (hero cards whose product images
/// load from the host), and a staff member's forecast with its SVG chart drawn as an image.
/// </summary>
[Collection("browser")]
public sealed class SkillsBrowserTests(ShopKestrelFactory host, ITestOutputHelper output) : IClassFixture<ShopKestrelFactory>
{

    [Fact]
    public async Task A_shopper_gets_a_carousel_of_product_cards_with_images_prices_and_reasons()
    {
        await WithPageAsync(null, async page =>
        {
            await SayAsync(page, "what would you suggest as a gift");
            // Several hero cards side by side (Web Chat's carousel layout), each with its product image, price and reason.
            var cards = page.Locator("[class*='webchat__carousel'] .ac-adaptiveCard");
            await Assertions.Expect(cards.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            Assert.True(await cards.CountAsync() >= 3, $"expected a carousel of at least 3 cards, saw {await cards.CountAsync()}");
            await WaitUntilAsync(page, "() => { const i = document.querySelector(\"[class*='webchat__carousel'] img.ac-image\"); return i && i.complete && i.naturalWidth > 0; }");
            Assert.StartsWith("/images/products/", await cards.First.Locator("img.ac-image").GetAttributeAsync("src") ?? "", StringComparison.Ordinal);
            var first = await cards.First.InnerTextAsync();
            Assert.Contains("£", first, StringComparison.Ordinal);
            Assert.Contains("Details", first, StringComparison.Ordinal);
            Assert.Contains("Similar", first, StringComparison.Ordinal);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsDirectory, "webchat-recommendations.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task Staff_see_the_forecast_table_and_its_chart_drawn_as_an_image()
    {
        await WithPageAsync(ShopKestrelFactory.StaffUser, async page =>
        {
            await SayAsync(page, "show me the sales forecast for the Espresso Machine for the next 8 weeks");
            await Assertions.Expect(page.Locator(BotBubble).Filter(new() { HasText = "sMAPE" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            // Web Chat turns the data: URI into a blob: URL; the alt text is the attachment's name.
            var chart = page.Locator("img[alt='forecast-KIT-0001.svg']");
            await Assertions.Expect(chart.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await WaitUntilAsync(page, "() => { const i = document.querySelector(\"img[alt='forecast-KIT-0001.svg']\"); return i && i.complete && i.naturalWidth >= 600; }");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsDirectory, "webchat-staff-forecast.png"), FullPage = true });
        });
    }

    /// <summary>
    /// Opens the chat page. With <paramref name="trustedUser"/>, the session starts from a token the shop's server made
    /// with the secret for that user (as a shop that signs its staff in does), placed where the page keeps its session.
    /// </summary>
    private async Task WithPageAsync(string? trustedUser, Func<IPage, Task> body)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            await using var context = await browser.NewContextAsync();
            if (trustedUser is not null)
            {
                var session = await TrustedSessionAsync(trustedUser);
                await context.AddInitScriptAsync($"window.localStorage.setItem('shopbot.chat.session', {JsonSerializer.Serialize(session)});");
            }
            var page = await context.NewPageAsync();
            page.Console += (_, message) => output.WriteLine($"[browser {message.Type}] {message.Text}");
            await page.GotoAsync(host.BaseAddress.ToString());
            await Assertions.Expect(page.Locator(BotBubble).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            try
            {
                await body(page);
            }
            finally
            {
                await File.WriteAllTextAsync(Path.Combine(Chromium.ArtifactsDirectory, "skills-browser-last-page.html"), await page.ContentAsync());
            }
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private async Task<string> TrustedSessionAsync(string user)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = new StringContent(new JsonObject { ["user"] = new JsonObject { ["id"] = user, ["name"] = "Robin" } }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ShopBotFactory.Secret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new JsonObject { ["token"] = body["token"]!.GetValue<string>(), ["conversationId"] = body["conversationId"]!.GetValue<string>(), ["started"] = false }.ToJsonString();
    }

    private static async Task WaitUntilAsync(IPage page, string predicate)
    {
        await page.WaitForFunctionAsync(predicate, null, new() { Timeout = 30_000 });
    }
}
