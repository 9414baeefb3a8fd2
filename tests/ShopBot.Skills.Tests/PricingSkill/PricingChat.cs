using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Pricing;
using ShopBot.Skills.Skills.Staff;
using ShopBot.Skills.Tests.Support;

namespace ShopBot.Skills.Tests.PricingSkill;

/// <summary>
/// A conversation with the real router, pricing skills, stores and templates over a fresh seeded SQLite demo shop.
/// Intents and entities are scripted.
/// </summary>
internal sealed class PricingChat : IAsyncDisposable
{
    public const string StaffUserId = "dl_staff_dana";

    private readonly SkillTestHost _host;

    private PricingChat(SkillTestHost host) => _host = host;

    public string ConversationId => _host.ConversationId;

    public SqliteDatabase Database => _host.Services.GetRequiredService<SqliteDatabase>();

    public static async Task<PricingChat> StartAsync(bool staff, int salesDays = 730, Action<PriceRecommendationOptions>? configure = null,
        Action<PriceQuoteOptions>? quotes = null, string? shopperUserId = null, TimeProvider? clock = null) =>
        new(await SkillTestHost.StartAsync(
            new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, SalesDays = salesDays, BrowsedProductsPerCustomer = 3 },
            services =>
            {
                services.AddSingleton(Options.Create(new StaffOptions { DirectLineUserIds = [StaffUserId] }));
                var pricing = new PriceRecommendationOptions();
                configure?.Invoke(pricing);
                services.AddSingleton(Options.Create(pricing));
                if (quotes is not null)
                {
                    var quoteOptions = new PriceQuoteOptions();
                    quotes(quoteOptions);
                    services.AddSingleton(Options.Create(quoteOptions));
                }
                services.AddShopBotPricing();
            },
            staff ? StaffUserId : shopperUserId,
            clock));

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public Task<List<Activity>> SayAsync(string text, string intent, params EntityMatch[] entities) => _host.SayAsync(text, intent, entities);

    public static EntityMatch Product(long id, string name) =>
        new(name, 0, name.Length - 1, "product", new Dictionary<string, object?> { ["value"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = name });

    public static EntityMatch Number(decimal value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 0, "number", new Dictionary<string, object?> { ["value"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture), ["subtype"] = "integer" });

    public static EntityMatch Currency(string iso) =>
        new(iso, 0, iso.Length - 1, "currency", new Dictionary<string, object?> { ["value"] = "1", ["unit"] = iso, ["isoCurrency"] = iso });

    public static EntityMatch Date(DateOnly day) =>
        new("yesterday", 0, 8, "datetimeV2.date", new Dictionary<string, object?>
        {
            ["values"] = new List<Dictionary<string, object?>> { new() { ["timex"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["type"] = "date", ["value"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } },
        });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
