using Microsoft.Playwright;
using ShopBot.Agents;
using ShopBot.Tests.Support;
using static ShopBot.Tests.Support.WebChatPage;
using Xunit.Abstractions;

namespace ShopBot.Tests.Browser;

/// <summary>
/// The handoff end to end in two browsers: a shopper in Web Chat asks for a person, an agent signed in to the console
/// sees and accepts the conversation, they write both ways (a shopper's markup stays text in the console), the agent
/// resolves, and the bot answers the shopper's next question.
/// </summary>
[Collection("browser")]
public sealed class HandoffBrowserTests(HandoffHost host, ITestOutputHelper output) : IClassFixture<HandoffHost>
{

    [Fact]
    public async Task Shopper_AsksForAPerson_AgentAcceptsRepliesAndResolves_ThenTheBotIsBack()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            await using var agentContext = await browser.NewContextAsync();
            await using var shopperContext = await browser.NewContextAsync();
            var agent = await agentContext.NewPageAsync();
            var shopper = await shopperContext.NewPageAsync();
            agent.Console += (_, m) => output.WriteLine($"[agent {m.Type}] {m.Text}");
            shopper.Console += (_, m) => output.WriteLine($"[shopper {m.Type}] {m.Text}");

            // The agent signs in first, so someone is online when the shopper asks.
            await agent.GotoAsync(new Uri(host.BaseAddress, "/agent/").ToString());
            await agent.GetByTestId("agent-id").FillAsync("sam");
            await agent.GetByTestId("agent-password").FillAsync(HandoffHost.Password);
            await agent.GetByTestId("sign-in").ClickAsync();
            await Assertions.Expect(agent.Locator("#me")).ToHaveTextAsync("Sam", new() { Timeout = 30_000 });

            await shopper.GotoAsync(host.BaseAddress.ToString());
            await Assertions.Expect(shopper.Locator(BotBubble).First).ToContainTextAsync("ShopBot", new() { Timeout = 30_000 });
            // An upset message: the bot answers, then offers a person (the upset detector); asking for one hands over.
            await SendAsync(shopper, "this is ridiculous, the worst service I have ever had");
            await Assertions.Expect(shopper.Locator(BotBubble).Last).ToContainTextAsync("put you through to a person", new() { Timeout = 30_000 });
            await SendAsync(shopper, "I want to talk to a human");
            await Assertions.Expect(shopper.Locator(BotBubble).Last).ToContainTextAsync("passing you to a person", new() { Timeout = 30_000 });

            // The agent sees it waiting, reads the summary and accepts.
            var waiting = agent.GetByTestId("waiting").Locator("button");
            await Assertions.Expect(waiting).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await waiting.First.ClickAsync();
            await Assertions.Expect(agent.GetByTestId("summary")).ToContainTextAsync("AskedForPerson");
            await agent.GetByTestId("accept").ClickAsync();
            await Assertions.Expect(shopper.Locator(BotBubble).Last).ToContainTextAsync("Sam from the support team", new() { Timeout = 30_000 });

            // Both ways, in real time.
            await agent.GetByTestId("message").FillAsync("Hello! I can see your conversation. What went wrong?");
            await agent.GetByTestId("send").ClickAsync();
            await Assertions.Expect(shopper.Locator(BotBubble).Last).ToContainTextAsync("What went wrong?", new() { Timeout = 30_000 });
            const string markup = "my parcel came broken <img src=x onerror=alert(1)><script>alert(2)</script>";
            await SendAsync(shopper, markup);
            await Assertions.Expect(agent.GetByTestId("transcript")).ToContainTextAsync("<img src=x onerror=alert(1)>", new() { Timeout = 30_000 });
            Assert.Equal(0, await agent.GetByTestId("transcript").Locator("img, script").CountAsync());
            await Assertions.Expect(agent.GetByTestId("transcript")).ToContainTextAsync("complaint · sentiment -0.9");
            await Assertions.Expect(agent.GetByTestId("transcript")).ToContainTextAsync("· upset 0.9");
            await agent.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsDirectory, "handoff-agent-console.png"), FullPage = true });

            // Back to the bot.
            await agent.GetByTestId("resolve").ClickAsync();
            await Assertions.Expect(shopper.Locator(BotBubble).Last).ToContainTextAsync("back to help", new() { Timeout = 30_000 });
            await SendAsync(shopper, "what can you do");
            await Assertions.Expect(shopper.Locator(BotBubble).Last).ToContainTextAsync("Here is what I can do", new() { Timeout = 30_000 });
            await shopper.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsDirectory, "handoff-shopper.png"), FullPage = true });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}

/// <summary>The real host on loopback with the trained NLU and one configured agent.</summary>
public sealed class HandoffHost : KestrelShopBotFactory
{
    public const string Password = "correct horse battery staple";

    public HandoffHost()
        : base(realNlu: true, new Dictionary<string, string?>
        {
            ["ShopBot:Agents:Accounts:0:Id"] = "sam",
            ["ShopBot:Agents:Accounts:0:Name"] = "Sam",
            ["ShopBot:Agents:Accounts:0:PasswordHash"] = PasswordHasher.Hash(Password),
        })
    {
    }
}
