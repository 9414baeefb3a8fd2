using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Skills.SmallTalk;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.Orders;

/// <summary>
/// A conversation with the real router, order dialogs, stores and response templates over a fresh SQLite file with
/// the demo fixtures. The NLU is scripted: each message says its intent and entities, so these tests are about the
/// dialogs, not about classification.
/// </summary>
internal sealed class OrderChat : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly SkillRouter _router;
    private readonly ConversationState _state;
    private int _turn;

    private OrderChat(ServiceProvider services, string conversationId)
    {
        _services = services;
        ConversationId = conversationId;
        _state = new ConversationState(conversationId);
        _router = services.GetRequiredService<SkillRouter>();
    }

    public string ConversationId { get; }

    public IOrderStore Orders => _services.GetRequiredService<IOrderStore>();

    public IAuditStore Audit => _services.GetRequiredService<IAuditStore>();

    public ConversationState State => _state;

    public static async Task<OrderChat> StartAsync(string? trustedUserId = null, IRefundGuard? refundGuard = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "shop.db"));
        await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All);
        await DemoDataSeeder.SeedIfEmptyAsync(database, new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, SalesDays = 28, BrowsedProductsPerCustomer = 3 }, TimeProvider.System);

        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddShopBotSqliteShop();
        services.AddShopBotOrderSkills();
        if (refundGuard is not null) services.AddSingleton(refundGuard);
        services.AddSingleton<IResponseRenderer>(LgRenderer.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "responses"), new RandomVariantPicker(3)));
        services.AddSingleton<WelcomeSkill>();
        services.AddSingleton<FallbackSkill>();
        services.AddSingleton<ISkill, SmallTalkSkill>();
        services.AddSingleton<SkillRouter>();
        var provider = services.BuildServiceProvider();
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        await provider.GetRequiredService<IConversationStore>().CreateAsync(conversationId, "test", trustedUserId);
        return new OrderChat(provider, conversationId);
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
            From = new ChannelAccount { Id = "shopper", Role = RoleTypes.User },
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

    /// <summary>The text of the only reply.</summary>
    public async Task<string> AskAsync(string text, string intent, params EntityMatch[] entities)
    {
        var replies = await SayAsync(text, intent, entities);
        return Assert.Single(replies).Text!;
    }

    public static EntityMatch Order(string number) => new(number, 0, number.Length - 1, "order_id", new Dictionary<string, object?> { ["value"] = number });

    public static EntityMatch Email(string email) => new(email, 0, email.Length - 1, "email", new Dictionary<string, object?> { ["value"] = email });

    public static EntityMatch Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 0, "number", new Dictionary<string, object?> { ["value"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture), ["subtype"] = "integer" });

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
