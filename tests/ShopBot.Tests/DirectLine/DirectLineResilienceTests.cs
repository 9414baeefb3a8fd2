using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.DirectLine;

public sealed class DirectLineResilienceTests
{
    [Fact]
    public async Task AStreamClientThatNeverReads_IsDisconnected_AndNothingIsLost()
    {
        using var host = new KestrelShopBotFactory(false, new Dictionary<string, string?> { ["ShopBot:DirectLine:SendTimeoutSeconds"] = "1" });
        var client = new DirectLineClient(new HttpClient { BaseAddress = host.BaseAddress });
        var (conversationId, token, start) = await client.StartAsync();

        using var lazy = new ClientWebSocket();
        lazy.Options.SetBuffer(1024, 1024);
        await lazy.ConnectAsync(new Uri(start["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        // ~12 MB of echoes and replies: far more than socket buffers hold while nobody reads.
        const int Posts = 60;
        var text = new string('z', 200 * 1024);
        for (var i = 0; i < Posts; i++)
        {
            var (status, _) = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new JsonObject { ["type"] = "message", ["text"] = $"hi {i} {text}" }.ToJsonString());
            Assert.Equal(HttpStatusCode.OK, status);
        }

        // The server gives up on the stalled socket; reading now finds it closed (after what was buffered).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var buffer = new byte[1024 * 1024];
        var closed = false;
        while (!closed && DateTime.UtcNow < deadline)
        {
            try
            {
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var result = await lazy.ReceiveAsync(buffer, wait.Token);
                closed = result.MessageType == WebSocketMessageType.Close;
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                closed = lazy.State != WebSocketState.Open || ex is WebSocketException;
            }
        }

        Assert.True(closed, "the server should close a stream whose client stopped reading");
        var all = await client.GetAllAsync(conversationId, token);
        Assert.Equal(1 + (2 * Posts), all.Count);
        using var health = await client.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ActivitiesGet_Answers200WithTheSameWatermark_WhenStorageFails()
    {
        var failing = new FailingReads();
        using var factory = new ShopBotFactory().WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.RemoveAll<IConversationStore>();
            services.AddSingleton<IConversationStore>(sp =>
            {
                failing.Inner = ActivatorUtilities.CreateInstance<Skills.Data.Sqlite.Conversations.SqliteConversationStore>(sp);
                return failing;
            });
        }));
        var client = new DirectLineClient(factory.CreateClient());
        var (conversationId, token, _) = await client.StartAsync();
        failing.Broken = true;
        var (status, body) = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=1", token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body!["activities"]!.AsArray());
        Assert.Equal("1", body["watermark"]!.GetValue<string>());
        failing.Broken = false;
        var (again, _) = await client.GetActivitiesAsync(conversationId, token);
        Assert.Single(again);
    }

    /// <summary>The real store, whose reads fail on demand (the database went away).</summary>
    private sealed class FailingReads : IConversationStore
    {
        public IConversationStore Inner { get; set; } = null!;

        public bool Broken { get; set; }

        public Task<bool> CreateAsync(string conversationId, string channelId, string? userId, CancellationToken cancellationToken = default) => Inner.CreateAsync(conversationId, channelId, userId, cancellationToken);

        public Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
            Broken ? throw new IOException("database is gone") : Inner.GetAsync(conversationId, cancellationToken);

        public Task<StoredActivity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) => Inner.AppendAsync(conversationId, activity, cancellationToken);

        public Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken = default) =>
            Broken ? throw new IOException("database is gone") : Inner.ReadAsync(conversationId, afterSequence, limit, cancellationToken);

        public Task EndAsync(string conversationId, CancellationToken cancellationToken = default) => Inner.EndAsync(conversationId, cancellationToken);
    }
}
