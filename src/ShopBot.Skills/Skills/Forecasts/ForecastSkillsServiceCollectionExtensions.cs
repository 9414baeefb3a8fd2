using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// Registers show_forecast and check_stock. Needs the shop stores (AddShopBotSqliteShop), the
/// <see cref="Staff.StaffDirectory"/> with its options, a <see cref="TimeProvider"/> and the response renderer with
/// dialogs/responses/forecasts.lg; bind <see cref="ForecastSkillOptions"/> from <c>ShopBot:Forecasts</c> in the host.
/// </summary>
public static class ForecastSkillsServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="DemandForecaster"/>, <see cref="ShowForecastSkill"/> and <see cref="CheckStockSkill"/>.</summary>
    public static IServiceCollection AddShopBotForecastSkills(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ForecastSkillOptions>().Validate(o => { o.Validate(); return true; });
        services.AddSingleton<DemandForecaster>();
        services.AddSingleton<ISkill, ShowForecastSkill>();
        services.AddSingleton<ISkill, CheckStockSkill>();
        return services;
    }
}
