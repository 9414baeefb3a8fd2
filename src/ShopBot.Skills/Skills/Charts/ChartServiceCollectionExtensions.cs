using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Skills.Data.Sqlite.Charts;

namespace ShopBot.Skills.Skills.Charts;

/// <summary>Registers chart delivery over the SQLite chart store.</summary>
public static class ChartServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SqliteChartStore"/> as the <see cref="IChartStore"/> and <see cref="ChartDelivery"/>. Needs the
    /// <see cref="Data.Sqlite.SqliteDatabase"/> (with <see cref="ChartMigrations"/> applied), a TimeProvider and the
    /// response renderer with dialogs/responses/charts.lg; bind <see cref="ChartOptions"/> from <c>ShopBot:Charts</c>.
    /// </summary>
    public static IServiceCollection AddShopBotCharts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChartOptions>().Validate(o => { o.Validate(); return true; });
        services.TryAddSingleton<IChartStore, SqliteChartStore>();
        services.TryAddSingleton<ChartDelivery>();
        return services;
    }
}
