using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Data.Sqlite.Handoff;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Handoff;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.Handoff;

/// <summary>The coordinator and the middleware over real SQLite stores; presence, console and channel are recorded at their seams.</summary>
public sealed class HandoffCoordinatorTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));
    private readonly Presence _presence = new();
    private readonly Recorder _recorder = new();
    private readonly Clock _clock = new();
    private ServiceProvider _services = null!;
    private string _conversation = null!;

    private sealed class Presence : IAgentPresence
    {
        public int OnlineAgents { get; set; }
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Records what the console is told and what is sent to the shopper outside turns.</summary>
    private sealed class Recorder : IAgentNotifier, IProactiveSender
    {
        public List<Activity> Proactive { get; } = [];

        public List<string> Notices { get; } = [];

        public Task QueueChangedAsync(CancellationToken cancellationToken = default)
        {
            Notices.Add("queue");
            return Task.CompletedTask;
        }

        public Task ConversationChangedAsync(string conversationId, Activity? activity, CancellationToken cancellationToken = default)
        {
            Notices.Add("conversation:" + activity?.Text);
            return Task.CompletedTask;
        }

        public Task<string?> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
        {
            Proactive.Add(activity);
            return Task.FromResult<string?>(null);
        }
    }

    public async Task InitializeAsync()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "handoff.db"));
        await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All);
        await SqliteMigrator.MigrateAsync(database, HandoffMigrations.Module, HandoffMigrations.All);
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IConversationStateStore, SqliteConversationStateStore>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<IResponseRenderer>(LgRenderer.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "responses"), new RandomVariantPicker(5)));
        services.AddSingleton<IAgentPresence>(_presence);
        services.AddSingleton<IAgentNotifier>(_recorder);
        services.AddSingleton<IProactiveSender>(_recorder);
        services.AddShopBotHandoff();
        services.AddSingleton<HandoffMiddleware>();
        _services = services.BuildServiceProvider();
        _conversation = "c-" + Guid.NewGuid().ToString("N");
        await _services.GetRequiredService<IConversationStore>().CreateAsync(_conversation, "directline", null);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private HandoffCoordinator Coordinator => _services.GetRequiredService<HandoffCoordinator>();

    private IHandoffQueue Queue => _services.GetRequiredService<IHandoffQueue>();

    private async Task<HandoffState> StateAsync() =>
        (await _services.GetRequiredService<IConversationStateStore>().LoadAsync(_conversation)).Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot;

    /// <summary>One shopper message through the handoff middleware as a real turn (state loaded and saved); returns what was sent and whether skills ran.</summary>
    private async Task<(List<Activity> Sent, bool SkillsRan)> SayAsync(string text, string intent, double sentiment = 0)
    {
        var states = _services.GetRequiredService<IConversationStateStore>();
        var state = await states.LoadAsync(_conversation);
        var sent = new List<Activity>();
        var activity = new Activity { Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), Text = text, ChannelId = "directline", Conversation = new ConversationAccount { Id = _conversation }, From = new ChannelAccount { Id = "u", Role = RoleTypes.User } };
        var turn = new TurnContext(activity, state, (a, _) =>
        {
            sent.Add(a);
            return Task.FromResult<string?>(null);
        })
        {
            Recognized = new RecognizerResult(text, new IntentScore(intent, 0.9), [new IntentScore(intent, 0.9)], [], new SentimentResult(sentiment < -0.3 ? "negative" : "neutral", sentiment)),
        };
        var ran = false;
        await _services.GetRequiredService<HandoffMiddleware>().OnTurnAsync(turn, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        }, CancellationToken.None);
        await states.SaveAsync(state);
        return (sent, ran);
    }

    [Fact]
    public async Task WithNobodyOnline_TheBotSaysSo_AndKeepsTheConversation()
    {
        var (sent, ran) = await SayAsync("I want a human", "contact_human_agent");
        Assert.False(ran);
        Assert.Contains("Nobody from our support team is free", Assert.Single(sent).Text, StringComparison.Ordinal);
        Assert.Equal(Ownership.Bot, (await StateAsync()).Owner);
        Assert.Empty(await Queue.ListWaitingAsync());
    }

    [Fact]
    public async Task TheWholeHandover_QueueAcceptTalkResolveRate()
    {
        _presence.OnlineAgents = 2;
        await SayAsync("where is my order", "track_order");
        var (sent, _) = await SayAsync("I want to talk to a person", "contact_human_agent");
        var initiate = Assert.Single(sent, a => a.Type == ActivityTypes.Event);
        Assert.Equal("handoff.initiate", initiate.Name);
        Assert.Equal("orders", initiate.Value!.Value.GetProperty("topic").GetString());
        Assert.Equal("Transcript", Assert.Single(initiate.Attachments!).Name);
        Assert.Contains("number 1 in the queue", sent.Last().Text, StringComparison.Ordinal);
        var entry = Assert.Single(await Queue.ListWaitingAsync());
        Assert.Contains("where is my order [track_order]", entry.Summary, StringComparison.Ordinal);

        // While queued, messages go to the agents, not to skills.
        var (waiting, ranWhileQueued) = await SayAsync("hello? anyone?", "greet");
        Assert.False(ranWhileQueued);
        Assert.Contains("number 1", Assert.Single(waiting).Text, StringComparison.Ordinal);

        // Two agents accept at once: one wins.
        var results = await Task.WhenAll(
            Coordinator.AcceptAsync(_conversation, new AgentIdentity("sam", "Sam"), CancellationToken.None),
            Coordinator.AcceptAsync(_conversation, new AgentIdentity("kim", "Kim"), CancellationToken.None));
        Assert.Single(results, r => r is null);
        var owner = await StateAsync();
        Assert.Equal(Ownership.Agent, owner.Owner);
        var agent = new AgentIdentity(owner.AgentId!, owner.AgentName!);
        var other = new AgentIdentity(agent.Id == "sam" ? "kim" : "sam", "Other");
        Assert.Contains(_recorder.Proactive, a => a.Name == "handoff.status" && a.Value!.Value.GetProperty("state").GetString() == "accepted");
        Assert.Contains(_recorder.Proactive, a => a.Text?.Contains($"I'm {agent.Name} from the support team", StringComparison.Ordinal) == true && a.From!.Name == agent.Name);

        Assert.NotNull(await Coordinator.SendFromAgentAsync(_conversation, other, "hi", CancellationToken.None));
        Assert.Null(await Coordinator.SendFromAgentAsync(_conversation, agent, "How can I help?", CancellationToken.None));
        Assert.Equal(("How can I help?", RoleTypes.Bot), (_recorder.Proactive[^1].Text, _recorder.Proactive[^1].From!.Role));
        var (_, ranWithAgent) = await SayAsync("my parcel is damaged", "complaint", -0.9);
        Assert.False(ranWithAgent);
        Assert.Contains("conversation:my parcel is damaged", _recorder.Notices);

        _clock.Now = _clock.Now.AddMinutes(7);
        Assert.NotNull(await Coordinator.ResolveAsync(_conversation, other, CancellationToken.None));
        Assert.Null(await Coordinator.ResolveAsync(_conversation, agent, CancellationToken.None));
        Assert.Equal(Ownership.Bot, (await StateAsync()).Owner);
        Assert.Contains(_recorder.Proactive, a => a.Name == "handoff.status" && a.Value!.Value.GetProperty("state").GetString() == "completed");
        Assert.Contains("back to help", _recorder.Proactive[^1].Text, StringComparison.Ordinal);

        var (thanks, _) = await SayAsync("4", "out_of_scope");
        Assert.Contains("Thank you for your rating", Assert.Single(thanks).Text, StringComparison.Ordinal);
        var metrics = await _services.GetRequiredService<IHandoffMetricsStore>().GetAsync(_conversation);
        Assert.Equal(("resolved", 4, EscalationReason.AskedForPerson), (metrics!.Outcome, metrics.Rating, metrics.Reason));
        Assert.Equal(TimeSpan.FromMinutes(7), metrics.HandlingTime);

        var (_, ranAfter) = await SayAsync("what can you do", "help");
        Assert.True(ranAfter);
    }

    [Fact]
    public async Task NobodyAccepting_ReturnsTheConversationToTheBot_WithAnApology()
    {
        _presence.OnlineAgents = 1;
        await SayAsync("human please", "contact_human_agent");
        _clock.Now = _clock.Now.AddMinutes(5);
        Assert.Equal(0, await Coordinator.TimeOutWaitingAsync(CancellationToken.None));
        _clock.Now = _clock.Now.AddMinutes(6);
        Assert.Equal(1, await Coordinator.TimeOutWaitingAsync(CancellationToken.None));
        Assert.Equal(Ownership.Bot, (await StateAsync()).Owner);
        Assert.Contains("sorry", _recorder.Proactive[^1].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(_recorder.Proactive, a => a.Name == "handoff.status" && a.Value!.Value.GetProperty("state").GetString() == "failed");
        Assert.Equal("timed_out", (await _services.GetRequiredService<IHandoffMetricsStore>().GetAsync(_conversation))!.Outcome);
        Assert.NotNull(await Coordinator.AcceptAsync(_conversation, new AgentIdentity("late", "Late"), CancellationToken.None));
    }

    [Fact]
    public async Task TheShopperLeavingTheQueue_BeforeAnAgentAccepts_ReturnsToTheBot()
    {
        _presence.OnlineAgents = 1;
        await SayAsync("human please", "contact_human_agent");
        var (sent, _) = await SayAsync("never mind", "stop");
        Assert.Contains("left the queue", Assert.Single(sent).Text, StringComparison.Ordinal);
        Assert.Equal(Ownership.Bot, (await StateAsync()).Owner);
        Assert.NotNull(await Coordinator.AcceptAsync(_conversation, new AgentIdentity("sam", "Sam"), CancellationToken.None));
        Assert.Equal("abandoned", (await _services.GetRequiredService<IHandoffMetricsStore>().GetAsync(_conversation))!.Outcome);
    }

    [Fact]
    public async Task AVeryNegativeMessage_GetsTheBotsAnswerThenAnOffer_AndYesHandsOver()
    {
        _presence.OnlineAgents = 1;
        var (offer, ran) = await SayAsync("this is the worst service ever", "complaint", -0.95);
        Assert.True(ran);
        Assert.Contains("put you through to a person", Assert.Single(offer).Text, StringComparison.Ordinal);
        var (queued, _) = await SayAsync("yes", "affirm");
        Assert.Contains("queue", queued.Last().Text, StringComparison.Ordinal);
        Assert.Equal(EscalationReason.AcceptedOffer, Assert.Single(await Queue.ListWaitingAsync()).Reason);
    }

    [Fact]
    public async Task ALargeRefund_IsHandedToAPerson_ASmallOneIsNot()
    {
        _presence.OnlineAgents = 1;
        var guard = _services.GetRequiredService<ShopBot.Skills.Skills.Orders.IRefundGuard>();
        var state = await _services.GetRequiredService<IConversationStateStore>().LoadAsync(_conversation);
        var sent = new List<Activity>();
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = "yes", ChannelId = "directline", Conversation = new ConversationAccount { Id = _conversation } }, state, (a, _) =>
        {
            sent.Add(a);
            return Task.FromResult<string?>(null);
        });
        Assert.False(await guard.InterceptAsync(turn, 19_999, "GBP", "return", CancellationToken.None));
        Assert.Empty(sent);
        Assert.True(await guard.InterceptAsync(turn, 24_999, "GBP", "return from order 100236", CancellationToken.None));
        var entry = Assert.Single(await Queue.ListWaitingAsync());
        Assert.Equal(EscalationReason.RiskyAction, entry.Reason);
        Assert.Equal(1, entry.Priority);
        Assert.Contains("queue", sent.Last().Text, StringComparison.Ordinal);
    }
}
