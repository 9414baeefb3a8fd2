using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>Registers the SQLite shop stores and the order change policy.</summary>
public static class ShopDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds every shop store over the <see cref="SqliteDatabase"/> registered in the container, the
    /// <see cref="OrderChangePolicy"/> (bind <see cref="ShopPolicyOptions"/> from section <c>ShopBot:ShopPolicy</c> yourself) and
    /// <see cref="TimeProvider.System"/> when no clock is registered.
    /// </summary>
    public static IServiceCollection AddShopBotSqliteShop(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ShopPolicyOptions>().Validate(o => { o.Validate(); return true; });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new OrderChangePolicy(sp.GetRequiredService<IOptions<ShopPolicyOptions>>()));
        services.TryAddSingleton<ICustomerStore>(sp => new SqliteCustomerStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IProductStore>(sp => new SqliteProductStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IOrderStore>(sp => new SqliteOrderStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IAuditStore>(sp => new SqliteAuditStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<ISalesStore>(sp => new SqliteSalesStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IInteractionStore>(sp => new SqliteInteractionStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton(sp => new SqliteDemoGroundTruthStore(sp.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<IOrderChangeStore>(sp => new SqliteOrderChangeStore(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<OrderChangePolicy>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<SqliteOrderChangeStore>>()));
        return services;
    }
}
