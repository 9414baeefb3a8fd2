using System.Net;
using System.Text.Json.Nodes;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.DirectLine;

public sealed class DirectLineActivityTests : IClassFixture<ShopBotFactory>
{
    private readonly DirectLineClient _client;

    public DirectLineActivityTests(ShopBotFactory factory) => _client = new DirectLineClient(factory.CreateClient());

    [Fact]
    public async Task Post_EchoesTheUsersActivityWithIdTimestampAndUntouchedChannelData_ThenTheBotAnswers()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var (status, body) = await _client.PostMessageAsync(conversationId, token, "hi", "client-activity-1");
        Assert.Equal(HttpStatusCode.OK, status);
        var id = body!["id"]!.GetValue<string>();

        var activities = await _client.GetAllAsync(conversationId, token);
        var echo = activities.Single(a => a["id"]?.GetValue<string>() == id);
        Assert.Equal("hi", echo["text"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.NotEqual("someone-else", echo["from"]!["id"]!.GetValue<string>());
        Assert.StartsWith("anon_", echo["from"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(echo["timestamp"]!.GetValue<string>(), out _));
        Assert.Equal("client-activity-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("[1,2,3]", echo["channelData"]!["custom"]!["nested"]!.ToJsonString());
        Assert.Equal("en-US", echo["locale"]!.GetValue<string>());

        var reply = activities.Last();
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(reply["text"]!.GetValue<string>()));
        Assert.DoesNotContain(activities, a => a["type"]!.GetValue<string>() == "typing");
    }

    [Fact]
    public async Task Get_PagesByWatermark_UntilEmpty()
    {
        using var factory = new ShopBotFactory(false, new Dictionary<string, string?> { ["ShopBot:DirectLine:PageSize"] = "2" });
        var client = new DirectLineClient(factory.CreateClient());
        var (conversationId, token, _) = await client.StartAsync();
        for (var i = 0; i < 3; i++) await client.PostMessageAsync(conversationId, token, $"hi {i}");

        var (first, watermark) = await client.GetActivitiesAsync(conversationId, token);
        Assert.Equal(2, first.Count);
        Assert.Equal("2", watermark);
        var rest = await client.GetAllAsync(conversationId, token, watermark);
        Assert.Equal(7 - 2, rest.Count); // welcome + 3 x (echo + reply)
        var ids = first.Select(a => a!["id"]!.GetValue<string>()).Concat(rest.Select(a => a["id"]!.GetValue<string>())).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var (empty, same) = await client.GetActivitiesAsync(conversationId, token, "7");
        Assert.Empty(empty);
        Assert.Equal("7", same);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "not a valid activity")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{\"text\":\"no type\"}", "no 'type'")]
    [InlineData("", "empty")]
    public async Task Post_Returns400WithAReason_ForBadBodies_AndStoresNothing(string body, string reason)
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var before = (await _client.GetAllAsync(conversationId, token)).Count;
        var (status, error) = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, error!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await _client.GetAllAsync(conversationId, token)).Count);
    }

    [Fact]
    public async Task Post_Returns413_ForAnActivityOver256KB_AndTheConversationKeepsWorking()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var huge = new JsonObject { ["type"] = "message", ["text"] = new string('x', 300 * 1024) }.ToJsonString();
        var (status, error) = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("MessageSizeTooBig", error!["error"]!["code"]!.GetValue<string>());
        var (ok, _) = await _client.PostMessageAsync(conversationId, token, "hi");
        Assert.Equal(HttpStatusCode.OK, ok);
    }

    [Fact]
    public async Task Post_AcceptsAnUnknownActivityType_AndTheBotIgnoresIt()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var (status, body) = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, "{\"type\":\"somethingNew\",\"value\":{\"a\":1}}");
        Assert.Equal(HttpStatusCode.OK, status);
        var activities = await _client.GetAllAsync(conversationId, token);
        Assert.Equal(body!["id"]!.GetValue<string>(), activities.Last()["id"]!.GetValue<string>());
        Assert.Equal(2, activities.Count); // welcome + the stored activity, no reply
    }

    [Fact]
    public async Task Post_Succeeds_WhenTheTurnFails_BecauseTheErrorBoundaryApologises()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var (status, body) = await _client.PostMessageAsync(conversationId, token, "boom");
        // The error boundary catches the failure inside the turn: the user gets an apology, the post succeeds.
        Assert.Equal(HttpStatusCode.OK, status);
        var activities = await _client.GetAllAsync(conversationId, token);
        Assert.Contains(activities, a => a["id"]!.GetValue<string>() == body!["id"]!.GetValue<string>());
        Assert.Contains("went wrong", activities.Last()["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var (next, _) = await _client.PostMessageAsync(conversationId, token, "hi");
        Assert.Equal(HttpStatusCode.OK, next);
    }

    [Fact]
    public async Task Get_WithAGarbageWatermark_StartsFromTheBeginningInsteadOfFailing()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        var (activities, _) = await _client.GetActivitiesAsync(conversationId, token, "not-a-number");
        Assert.Single(activities);
    }
}
