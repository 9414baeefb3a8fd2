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
using ShopBot.Skills.Skills.Forecasts;
using ShopBot.Skills.Skills.SmallTalk;
using ShopBot.Skills.Skills.Staff;
using ShopBot.Skills.Tests.Data;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.ForecastSkill;

/// <summary>
/// A conversation with the real router, forecast/stock skills, stores and templates over a small seeded demo shop
/// (20 products, one year of daily sales) on a fixed clock. The NLU is scripted (intent and entities per message).
/// </summary>
internal sealed class ForecastChat : IAsyncDisposable
{
    /// <summary>The trusted Direct Line user id listed as staff.</summary>
    public const string StaffUserId = "dl_staff_dana";

    /// <summary>The clock of every chat: sales end the day before.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly SkillRouter _router;
    private readonly ConversationState _state;
    private int _turn;

    private ForecastChat(ServiceProvider services, string conversationId)
    {
        _services = services;
        ConversationId = conversationId;
        _state = new ConversationState(conversationId);
        _router = services.GetRequiredService<SkillRouter>();
    }

    public string ConversationId { get; }

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public IServiceProvider Services => _services;

    /// <summary>Starts a chat; <paramref name="staff"/> creates the conversation record with the trusted staff user id.</summary>
    public static async Task<ForecastChat> StartAsync(bool staff, int salesDays = 365, TimeProvider? skillClock = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "shop.db"));
        await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All);
        await DemoDataSeeder.SeedIfEmptyAsync(database, new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, SalesDays = salesDays, BrowsedProductsPerCustomer = 3 }, new FixedTimeProvider(Now));

        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton(skillClock ?? new FixedTimeProvider(Now));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddShopBotSqliteShop();
        services.AddOptions<StaffOptions>().Configure(o => o.DirectLineUserIds.Add(StaffUserId));
        services.AddSingleton<StaffDirectory>();
        services.AddShopBotForecastSkills();
        services.AddSingleton<IResponseRenderer>(LgRenderer.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "responses"), new RandomVariantPicker(3)));
        services.AddSingleton<WelcomeSkill>();
        services.AddSingleton<FallbackSkill>();
        services.AddSingleton<SkillRouter>();
        var provider = services.BuildServiceProvider();
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        await provider.GetRequiredService<IConversationStore>().CreateAsync(conversationId, "test", staff ? StaffUserId : null);
        return new ForecastChat(provider, conversationId);
    }

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public async Task<List<Activity>> SayAsync(string text, string intent, params EntityMatch[] entities)
    {
        var sent = new List<Activity>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{ConversationId}|{++_turn}",
            ChannelId = "directline",
            Text = text,
            // A client may claim any from.id; only the conversation record's trusted user id may make someone staff.
            From = new ChannelAccount { Id = StaffUserId, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "shopbot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = ConversationId },
        };
        var turn = new TurnContext(activity, _state, (a, _) =>
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

    public static EntityMatch Product(long id, string name) =>
        new(name, 0, name.Length - 1, "product", new Dictionary<string, object?> { ["value"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = name });

    public static EntityMatch ProductType(string value) => new(value, 0, value.Length - 1, "product_type", new Dictionary<string, object?> { ["value"] = value });

    /// <summary>A datetimeV2.daterange entity as the recognizer gives it (end exclusive); several values = past and future readings.</summary>
    public static EntityMatch DateRange(string text, params (DateOnly Start, DateOnly End)[] readings) =>
        new(text, 0, text.Length - 1, "datetimeV2.daterange", new Dictionary<string, object?>
        {
            ["values"] = readings.Select(r => new Dictionary<string, object?>
            {
                ["timex"] = "test",
                ["type"] = "daterange",
                ["start"] = r.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["end"] = r.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }).ToList(),
        });

    public async ValueTask DisposeAsync()
    {
        var path = _services.GetRequiredService<SqliteDatabase>().Path;
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
