using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.SmallTalk;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.Support;

/// <summary>
/// What every skill conversation test shares: a small demo shop seeded into a fresh SQLite file, the shop stores, the
/// real response templates, the router with the skills a test registers, and one conversation driven by scripted
/// turns (each message says its intent and entities, so tests are about the skills, not the classifier).
/// </summary>
internal sealed class SkillTestHost : IAsyncDisposable
{
    private readonly SkillRouter _router;
    private readonly string _folder;
    private int _turn;

    private SkillTestHost(ServiceProvider services, string conversationId, string folder)
    {
        Services = services;
        ConversationId = conversationId;
        _folder = folder;
        State = new ConversationState(conversationId);
        _router = services.GetRequiredService<SkillRouter>();
    }

    public ServiceProvider Services { get; }

    public string ConversationId { get; }

    public ConversationState State { get; }

    /// <param name="shop">Size and seed of the demo shop.</param>
    /// <param name="register">The skills (and their options) under test.</param>
    /// <param name="trustedUserId">The conversation's trusted Direct Line user (a signed-in customer or staff), if any.</param>
    /// <param name="clock">The clock of seeding and of the services; the system clock when null.</param>
    /// <param name="smallTalk">Whether greetings, help, stop and yes/no are answered too.</param>
    public static async Task<SkillTestHost> StartAsync(DemoDataOptions shop, Action<IServiceCollection> register, string? trustedUserId = null, TimeProvider? clock = null, bool smallTalk = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "shop.db"));
        await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All);
        await SqliteMigrator.MigrateAsync(database, ShopBot.Skills.Data.Sqlite.Charts.ChartMigrations.Module, ShopBot.Skills.Data.Sqlite.Charts.ChartMigrations.All);
        await DemoDataSeeder.SeedIfEmptyAsync(database, shop, clock ?? TimeProvider.System);

        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddShopBotSqliteShop();
        register(services);
        services.AddSingleton<IResponseRenderer>(LgRenderer.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "responses"), new RandomVariantPicker(3)));
        services.AddSingleton<WelcomeSkill>();
        services.AddSingleton<FallbackSkill>();
        if (smallTalk) services.AddSingleton<ISkill, SmallTalkSkill>();
        services.AddSingleton<SkillRouter>();
        var provider = services.BuildServiceProvider();
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        await provider.GetRequiredService<IConversationStore>().CreateAsync(conversationId, "test", trustedUserId);
        return new SkillTestHost(provider, conversationId, folder);
    }

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public async Task<List<Activity>> SayAsync(string text, string intent, IReadOnlyList<EntityMatch> entities)
    {
        var sent = new List<Activity>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{ConversationId}|{++_turn}",
            Text = text,
            From = new ChannelAccount { Id = "shopper", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "shopbot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = ConversationId },
        };
        var turn = new TurnContext(activity, State, (a, _) =>
        {
            sent.Add(a);
            return Task.FromResult<string?>(null);
        })
        {
            Recognized = new RecognizerResult(text, new IntentScore(intent, 0.95), [new IntentScore(intent, 0.95)], entities, SentimentResult.Neutral),
        };
        await _router.OnTurnAsync(turn, CancellationToken.None);
        return sent;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
