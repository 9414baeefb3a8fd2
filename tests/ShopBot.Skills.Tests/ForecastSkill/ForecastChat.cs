using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Forecasts;
using ShopBot.Skills.Skills.Staff;
using ShopBot.Skills.Tests.Data;
using ShopBot.Skills.Tests.Support;

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

    private readonly SkillTestHost _host;

    private ForecastChat(SkillTestHost host) => _host = host;

    public string ConversationId => _host.ConversationId;

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts a chat; <paramref name="staff"/> creates the conversation record with the trusted staff user id.</summary>
    public static async Task<ForecastChat> StartAsync(bool staff, int salesDays = 365, TimeProvider? skillClock = null)
    {
        var host = await SkillTestHost.StartAsync(
            new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, SalesDays = salesDays, BrowsedProductsPerCustomer = 3 },
            services =>
            {
                if (skillClock is not null) services.AddSingleton(skillClock);
                services.AddOptions<StaffOptions>().Configure(o => o.DirectLineUserIds.Add(StaffUserId));
                services.AddSingleton<StaffDirectory>();
                services.AddShopBotForecastSkills();
            },
            staff ? StaffUserId : null,
            new FixedTimeProvider(Now),
            smallTalk: false);
        return new ForecastChat(host);
    }

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public Task<List<Activity>> SayAsync(string text, string intent, params EntityMatch[] entities) => _host.SayAsync(text, intent, entities);

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

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
