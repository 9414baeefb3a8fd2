using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.DirectLine;

public sealed class DirectLineStreamTests : IClassFixture<ShopBotFactory>
{
    private readonly ShopBotFactory _factory;
    private readonly DirectLineClient _client;

    public DirectLineStreamTests(ShopBotFactory factory)
    {
        _factory = factory;
        _client = new DirectLineClient(factory.CreateClient());
    }

    [Fact]
    public async Task Stream_ReplaysTheWelcome_ThenPushesEchoTypingAndReplyFrames()
    {
        var (conversationId, token, start) = await _client.StartAsync();
        using var socket = await ConnectAsync(start["streamUrl"]!.GetValue<string>());

        var first = await ReceiveFrameAsync(socket);
        var welcome = Assert.Single(first["activities"]!.AsArray());
        Assert.Equal("bot", welcome!["from"]!["role"]!.GetValue<string>());
        Assert.Equal("1", first["watermark"]!.GetValue<string>());

        var (status, posted) = await _client.PostMessageAsync(conversationId, token, "hi", "c-42");
        Assert.Equal(HttpStatusCode.OK, status);
        var seen = new List<JsonObject>();
        var sawTyping = false;
        while (seen.Count < 2)
        {
            var frame = await ReceiveFrameAsync(socket);
            foreach (var a in frame["activities"]!.AsArray())
            {
                if (a!["type"]!.GetValue<string>() == "typing")
                {
                    sawTyping = true;
                    Assert.Null(frame["watermark"]);
                    continue;
                }

                seen.Add(a.AsObject());
            }
        }

        Assert.True(sawTyping, "the typing indicator is pushed on the stream");
        Assert.Equal(posted!["id"]!.GetValue<string>(), seen[0]["id"]!.GetValue<string>());
        Assert.Equal("c-42", seen[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("bot", seen[1]["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_WithAWatermark_ReplaysOnlyWhatCameAfterIt()
    {
        var (conversationId, token, _) = await _client.StartAsync();
        await _client.PostMessageAsync(conversationId, token, "hi");
        var (_, reconnect) = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token);
        using var socket = await ConnectAsync(reconnect!["streamUrl"]!.GetValue<string>());
        var frame = await ReceiveFrameAsync(socket);
        var only = Assert.Single(frame["activities"]!.AsArray());
        Assert.Equal("bot", only!["from"]!["role"]!.GetValue<string>());
        Assert.Equal("3", frame["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_WithABadOrForeignToken_IsRefusedBeforeTheUpgrade()
    {
        var (conversationId, _, _) = await _client.StartAsync();
        var (otherId, _, other) = await _client.StartAsync();
        var foreign = other["streamUrl"]!.GetValue<string>().Replace(otherId, conversationId, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(foreign));
        using var response = await _client.Http.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t=garbage");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Stream_UrlExpires_AfterItsLifetime()
    {
        using var factory = new ShopBotFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var (_, _, start) = await client.StartAsync();
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var path = new Uri(start["streamUrl"]!.GetValue<string>()).PathAndQuery;
        using var response = await client.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var ws = _factory.Server.CreateWebSocketClient();
        var uri = new Uri(streamUrl);
        return await ws.ConnectAsync(new Uri(_factory.Server.BaseAddress, uri.PathAndQuery), CancellationToken.None);
    }

    internal static async Task<JsonObject> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            if (message.Length == 0) continue; // keep-alive
            return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
        }
    }
}
