using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.BotConnector;

public sealed class BotMessagesEndpointTests(ShopBotFactory factory) : IClassFixture<ShopBotFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    private static string Activity(string type, string? text = null, string? deliveryMode = null, string? serviceUrl = "https://smba.trafficmanager.net/emea/") => new JsonObject
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["deliveryMode"] = deliveryMode,
        ["from"] = new JsonObject { ["id"] = "29:1abc", ["name"] = "Dana", ["aadObjectId"] = "6f1b9a3c-0000-4000-8000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = "28:shopbot", ["name"] = "ShopBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:" + Guid.NewGuid().ToString("N"), ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    }.ToJsonString();

    private async Task<(HttpStatusCode, string)> PostAsync(string body)
    {
        using var response = await _http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Message_WithExpectReplies_Returns200WithTheBotsReplies()
    {
        var (status, body) = await PostAsync(Activity("message", "hi", "expectReplies"));
        Assert.Equal(HttpStatusCode.OK, status);
        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        var reply = Assert.Single(replies);
        Assert.Equal("message", reply!["type"]!.GetValue<string>());
        Assert.Equal("28:shopbot", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1abc", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", reply["conversation"]!["tenantId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Message_ToAServiceUrlNotAllowed_Returns200WithoutCallingIt()
    {
        var (status, _) = await PostAsync(Activity("message", "hi"));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("{\"type\":", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"hi\",\"conversation\":{\"id\":\"c\"}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}", HttpStatusCode.BadRequest)]
    [InlineData("\"just a string\"", HttpStatusCode.BadRequest)]
    public async Task BadBodies_Return400(string body, HttpStatusCode expected)
    {
        var (status, problem) = await PostAsync(body);
        Assert.Equal(expected, status);
        Assert.Contains("title", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedActivity_Returns413()
    {
        var (status, _) = await PostAsync(Activity("message", new string('y', 300 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Get_Returns405()
    {
        using var response = await _http.GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task UnhandledInvoke_Returns501_AndUnknownTypes_Return200()
    {
        var (invoke, _) = await PostAsync(Activity("invoke", deliveryMode: "expectReplies"));
        Assert.Equal(HttpStatusCode.NotImplemented, invoke);
        var (unknown, body) = await PostAsync(Activity("brandNewType", deliveryMode: "expectReplies"));
        Assert.Equal(HttpStatusCode.OK, unknown);
        Assert.Empty(JsonNode.Parse(body)!["activities"]!.AsArray());
    }
}
