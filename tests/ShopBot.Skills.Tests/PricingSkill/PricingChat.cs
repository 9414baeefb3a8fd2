using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Pricing;
using ShopBot.Skills.Skills.SmallTalk;
using ShopBot.Skills.Skills.Staff;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.PricingSkill;

/// <summary>
/// A conversation with the real router, pricing skills, stores and templates over a fresh seeded SQLite demo shop.
/// Intents and entities are scripted.
/// </summary>
internal sealed class PricingChat : IAsyncDisposable
{
    public const string StaffUserId = "dl_staff_dana";

    private readonly ServiceProvider _services;
    private readonly SkillRouter _router;
    private readonly ConversationState _state;
    private int _turn;

    private PricingChat(ServiceProvider services, string conversationId)
    {
        _services = services;
        ConversationId = conversationId;
        _state = new ConversationState(conversationId);
        _router = services.GetRequiredService<SkillRouter>();
    }

    public string ConversationId { get; }

    public SqliteDatabase Database => _services.GetRequiredService<SqliteDatabase>();

    public static async Task<PricingChat> StartAsync(bool staff, int salesDays = 730, Action<PriceRecommendationOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "shop.db"));
        await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All);
        await DemoDataSeeder.SeedIfEmptyAsync(database, new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, SalesDays = salesDays, BrowsedProductsPerCustomer = 3 }, TimeProvider.System);

        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddShopBotSqliteShop();
        services.AddSingleton(Options.Create(new StaffOptions { DirectLineUserIds = [StaffUserId] }));
        var pricing = new PriceRecommendationOptions();
        configure?.Invoke(pricing);
        services.AddSingleton(Options.Create(pricing));
        services.AddShopBotPricing();
        services.AddSingleton<IResponseRenderer>(LgRenderer.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "responses"), new RandomVariantPicker(3)));
        services.AddSingleton<WelcomeSkill>();
        services.AddSingleton<FallbackSkill>();
        services.AddSingleton<ISkill, SmallTalkSkill>();
        services.AddSingleton<SkillRouter>();
        var provider = services.BuildServiceProvider();
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        await provider.GetRequiredService<IConversationStore>().CreateAsync(conversationId, "test", staff ? StaffUserId : null);
        return new PricingChat(provider, conversationId);
    }

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public async Task<List<Activity>> SayAsync(string text, string intent, params EntityMatch[] entities)
    {
        var sent = new List<Activity>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{ConversationId}|{++_turn}",
            Text = text,
            From = new ChannelAccount { Id = "user", Role = RoleTypes.User },
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

    public static EntityMatch Number(decimal value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 0, "number", new Dictionary<string, object?> { ["value"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture), ["subtype"] = "integer" });

    public static EntityMatch Currency(string iso) =>
        new(iso, 0, iso.Length - 1, "currency", new Dictionary<string, object?> { ["value"] = "1", ["unit"] = iso, ["isoCurrency"] = iso });

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
