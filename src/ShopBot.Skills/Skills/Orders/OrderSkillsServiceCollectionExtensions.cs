using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// Registers the order dialogs and what they share. Needs the shop stores (AddShopBotSqliteShop) and the conversation
/// store; bind <see cref="OrderSkillsOptions"/> from <c>ShopBot:Orders</c> in the host.
/// </summary>
public static class OrderSkillsServiceCollectionExtensions
{
    public static IServiceCollection AddShopBotOrderSkills(this IServiceCollection services)
    {
        services.AddOptions<OrderSkillsOptions>().Validate(o => { o.Validate(); return true; });
        services.AddSingleton<CustomerIdentity>();
        services.AddSingleton<VerificationLimiter>();
        services.AddSingleton<OrderDialogServices>();
        services.AddSingleton<ISkill, TrackOrderDialog>();
        services.AddSingleton<ISkill, CancelOrderDialog>();
        services.AddSingleton<ISkill, ReturnItemDialog>();
        services.AddSingleton<ISkill, RefundDialog>();
        services.AddSingleton<ISkill, InvoiceDialog>();
        services.AddSingleton<ISkill, PaymentIssueDialog>();
        services.AddSingleton<ISkill, ChangeAddressDialog>();
        services.AddSingleton<ISkill, ChangeOrderDialog>();
        return services;
    }
}
