using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Skills.Skills.Charts;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Skills.Pricing.Quotes;
using ShopBot.Skills.Skills.Staff;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>Registers the pricing skills.</summary>
public static class PricingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PriceRecommendationSkill"/> (staff) and <see cref="PriceQuoteSkill"/> (shoppers, quotes kept in a
    /// <see cref="QuoteStore"/> over the shop's SqliteDatabase) as <see cref="ISkill"/>s. Binds nothing itself: bind
    /// <c>ShopBot:Quotes</c> to <see cref="PriceQuoteOptions"/> too. The container must provide the
    /// shop stores (AddShopBotSqliteShop), IConversationStore, IOptions of <see cref="StaffOptions"/> and
    /// <see cref="PriceRecommendationOptions"/> (bind <c>ShopBot:Staff</c> and <c>ShopBot:Pricing</c>), a TimeProvider
    /// an IResponseRenderer with dialogs/responses/pricing.lg loaded, and ICustomerStore for <see cref="CustomerIdentity"/>
    /// (single-use coupons need to know the shopper), and the chart migrations applied (the profit chart reaches channels
/// without SVG as a link, <see cref="ChartDelivery"/>).
    /// </summary>
    public static IServiceCollection AddShopBotPricing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PriceRecommendationOptions>();
        services.TryAddSingleton<StaffDirectory>();
        services.AddShopBotCharts();
        services.AddSingleton<ISkill, PriceRecommendationSkill>();
        services.AddOptions<PriceQuoteOptions>();
        services.TryAddSingleton<QuoteStore>();
        services.AddOptions<OrderSkillsOptions>();
        services.TryAddSingleton<CustomerIdentity>();
        services.AddSingleton<ISkill, PriceQuoteSkill>();
        return services;
    }
}
