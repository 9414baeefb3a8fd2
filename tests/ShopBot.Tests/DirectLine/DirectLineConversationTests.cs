using System.Net;
using System.Text.Json.Nodes;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.DirectLine;

public sealed class DirectLineConversationTests : IClassFixture<ShopBotFactory>
{
    private readonly DirectLineClient _client;

    public DirectLineConversationTests(ShopBotFactory factory) => _client = new DirectLineClient(factory.CreateClient());

    [Fact]
    public async Task Start_Returns201ThenWelcomes_AndAgainReturns200WithoutASecondWelcome()
    {
        var (conversationId, token, start) = await _client.StartAsync();
        Assert.StartsWith("ws://", start["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream", start["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);

        var (again, _) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        Assert.Equal(HttpStatusCode.OK, again);

        var activities = await _client.GetAllAsync(conversationId, token);
        var welcome = Assert.Single(activities);
        Assert.Equal("message", welcome["type"]!.GetValue<string>());
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.Contains("ShopBot", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(activities, a => a["type"]!.GetValue<string>() == "conversationUpdate");
    }

    [Fact]
    public async Task Start_WithTheSecret_CreatesANewConversationEachTime()
    {
        var (first, a) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", ShopBotFactory.Secret, "{\"user\":{\"id\":\"u1\"}}");
        var (second, b) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", ShopBotFactory.Secret);
        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.Created, second);
        Assert.NotEqual(a!["conversationId"]!.GetValue<string>(), b!["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_ReturnsAStreamUrlCarryingTheWatermark()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var (status, body) = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, body!["conversationId"]!.GetValue<string>());
        Assert.Contains("watermark=1&", body["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownConversation_Returns404_AndAnotherConversationsToken_Returns403()
    {
        var (status, _) = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", ShopBotFactory.Secret);
        Assert.Equal(HttpStatusCode.NotFound, status);

        var (mine, myToken, _) = await _client.StartAsync();
        var (theirs, _, _) = await _client.StartAsync();
        Assert.NotEqual(mine, theirs);
        var (forbidden, _) = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs}/activities", myToken);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        var (forbiddenPost, _) = await _client.PostMessageAsync(theirs, myToken, "hi");
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenPost);
    }

    [Fact]
    public async Task MissingAuthorization_Returns401_OnConversationCalls()
    {
        var (conversationId, _, _) = await _client.StartAsync();
        var (get, _) = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", null);
        var (post, _) = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", null, "{\"type\":\"message\"}");
        var (start, _) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Unauthorized, get);
        Assert.Equal(HttpStatusCode.Unauthorized, post);
        Assert.Equal(HttpStatusCode.Unauthorized, start);
    }

    [Fact]
    public async Task Cors_AllowsTheDirectLineJsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://shop.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        using var response = await _client.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPage_ServesWebChatPointedAtTheBuiltInDirectLine()
    {
        var html = await _client.Http.GetStringAsync("/");
        Assert.Contains("lib/webchat.js", html, StringComparison.Ordinal);
        var script = await _client.Http.GetStringAsync("/chat.js");
        Assert.Contains("v3/directline", script, StringComparison.Ordinal);
        using var bundle = await _client.Http.GetAsync("/lib/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the Web Chat bundle should be the full multi-megabyte build");
    }

    internal static JsonObject Obj(JsonNode? node) => node!.AsObject();
}
