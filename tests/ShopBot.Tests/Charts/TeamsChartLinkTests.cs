using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Charts;

/// <summary>
/// Teams cannot show SVG, so a staff member asking for a forecast there gets a card with a link to the chart, served by
/// the host until the link expires. Real NLU, real seeded shop, Bot Connector endpoint with expectReplies.
/// </summary>
public sealed class TeamsChartLinkTests : IAsyncLifetime
{
    private const string StaffAad = "6f1b9a3c-0000-4000-8000-0000000000aa";
    private ShopBotFactory _factory = null!;

    public Task InitializeAsync()
    {
        var settings = RealNluShopBotFactory.SmallShop;
        settings["ShopBot:Staff:TeamsAadObjectIds:0"] = StaffAad;
        settings["ShopBot:Charts:PublicBaseUrl"] = "https://bot.example.com/";
        settings["ShopBot:DemoData:SalesDays"] = "730"; // two years: enough history for a forecast and a demand fit
        _factory = new ShopBotFactory(realNlu: true, settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<JsonArray> SayInTeamsAsync(string text, string aadObjectId)
    {
        var body = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "29:staff", ["name"] = "Robin", ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:shopbot", ["name"] = "ShopBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:" + Guid.NewGuid().ToString("N"), ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        }.ToJsonString();
        using var http = _factory.CreateClient();
        using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }

    [Fact]
    public async Task Staff_in_teams_get_a_chart_link_that_serves_the_svg_until_it_expires()
    {
        var replies = await SayInTeamsAsync("show me the sales forecast for the Espresso Machine for the next 8 weeks", StaffAad);
        Assert.True(replies.Count(r => r!["attachments"] is JsonArray { Count: > 0 }) == 1, replies.ToJsonString());
        var reply = replies.Single(r => r!["attachments"] is JsonArray { Count: > 0 })!;
        Assert.Contains("sMAPE", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var card = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.hero", card["contentType"]!.GetValue<string>());
        var button = Assert.Single(card["content"]!["buttons"]!.AsArray())!;
        Assert.Equal("openUrl", button["type"]!.GetValue<string>());
        var url = new Uri(button["value"]!.GetValue<string>());
        Assert.Equal("bot.example.com", url.Host);
        Assert.StartsWith("/charts/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", card.ToJsonString(), StringComparison.Ordinal);

        using var http = _factory.CreateClient();
        using (var chart = await http.GetAsync(url.AbsolutePath))
        {
            Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
            Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType!.MediaType);
            Assert.Contains("no-store", chart.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            var svg = XDocument.Parse(await chart.Content.ReadAsStringAsync());
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            Assert.Contains("Espresso Machine", svg.ToString(), StringComparison.Ordinal);
        }

        using (var guessed = await http.GetAsync("/charts/AAAAAAAAAAAAAAAAAAAAAA.svg")) Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        _factory.Time.Advance(TimeSpan.FromDays(8));
        using (var expired = await http.GetAsync(url.AbsolutePath)) Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task The_profit_chart_of_a_price_recommendation_is_a_link_in_teams_too()
    {
        var replies = await SayInTeamsAsync("what price maximises profit for the Desk Lamp?", StaffAad);
        Assert.True(replies.Count(r => r!["attachments"] is JsonArray { Count: > 0 }) == 1, replies.ToJsonString());
        var card = replies.Single(r => r!["attachments"] is JsonArray { Count: > 0 })!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.hero", card["contentType"]!.GetValue<string>());
        var url = new Uri(card["content"]!["buttons"]![0]!["value"]!.GetValue<string>());
        using var http = _factory.CreateClient();
        using var chart = await http.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Contains("Desk Lamp", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shopper_in_teams_gets_no_chart_and_no_figures()
    {
        var replies = await SayInTeamsAsync("show me the sales forecast for the Espresso Machine", "00000000-0000-4000-8000-000000000001");
        Assert.All(replies, r => Assert.True(r!["attachments"] is null or JsonArray { Count: 0 }));
        Assert.DoesNotContain(replies, r => (r!["text"]?.GetValue<string>() ?? "").Contains("sMAPE", StringComparison.Ordinal));
    }
}
