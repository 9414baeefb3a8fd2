using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Skills.Charts;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// Registers show_forecast and check_stock. Needs the shop stores (AddShopBotSqliteShop), the
/// <see cref="Staff.StaffDirectory"/> with its options, a <see cref="TimeProvider"/> and the response renderer with
/// dialogs/responses/forecasts.lg and charts.lg, and the chart migrations applied (charts for channels without SVG); bind <see cref="ForecastSkillOptions"/> from <c>ShopBot:Forecasts</c> in the host.
/// </summary>
public static class ForecastSkillsServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="DemandForecaster"/>, <see cref="ShowForecastSkill"/> and <see cref="CheckStockSkill"/>.</summary>
    public static IServiceCollection AddShopBotForecastSkills(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ForecastSkillOptions>().Validate(o => { o.Validate(); return true; });
        services.AddSingleton<DemandForecaster>();
        services.AddShopBotCharts();
        services.AddSingleton<ISkill, ShowForecastSkill>();
        services.AddSingleton<ISkill, CheckStockSkill>();
        return services;
    }
}
