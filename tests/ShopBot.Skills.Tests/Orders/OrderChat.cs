using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Tests.Support;

namespace ShopBot.Skills.Tests.Orders;

/// <summary>
/// A conversation with the real router, order dialogs, stores and response templates over a fresh SQLite file with
/// the demo fixtures. The NLU is scripted: each message says its intent and entities, so these tests are about the
/// dialogs, not about classification.
/// </summary>
internal sealed class OrderChat : IAsyncDisposable
{
    private readonly SkillTestHost _host;

    private OrderChat(SkillTestHost host) => _host = host;

    public string ConversationId => _host.ConversationId;

    public IOrderStore Orders => _host.Services.GetRequiredService<IOrderStore>();

    public IAuditStore Audit => _host.Services.GetRequiredService<IAuditStore>();

    public ConversationState State => _host.State;

    public static async Task<OrderChat> StartAsync(string? trustedUserId = null, IRefundGuard? refundGuard = null) =>
        new(await SkillTestHost.StartAsync(
            new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, SalesDays = 28, BrowsedProductsPerCustomer = 3 },
            services =>
            {
                services.AddShopBotOrderSkills();
                if (refundGuard is not null) services.AddSingleton(refundGuard);
            },
            trustedUserId));

    /// <summary>Sends a message with its (scripted) intent and entities; returns the bot's replies.</summary>
    public Task<List<Activity>> SayAsync(string text, string intent, params EntityMatch[] entities) => _host.SayAsync(text, intent, entities);

    /// <summary>The text of the only reply.</summary>
    public async Task<string> AskAsync(string text, string intent, params EntityMatch[] entities)
    {
        var replies = await SayAsync(text, intent, entities);
        return Assert.Single(replies).Text!;
    }

    public static EntityMatch Order(string number) => new(number, 0, number.Length - 1, "order_id", new Dictionary<string, object?> { ["value"] = number });

    public static EntityMatch Email(string email) => new(email, 0, email.Length - 1, "email", new Dictionary<string, object?> { ["value"] = email });

    public static EntityMatch Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), 0, 0, "number", new Dictionary<string, object?> { ["value"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture), ["subtype"] = "integer" });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
