using System.Diagnostics;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Shop;

namespace ShopBot.Skills.Data.Demo;

/// <summary>Applies the shop migrations and fills an empty (or, when forced, any) database with the demo shop.</summary>
public static class DemoDataSeeder
{
    /// <summary>Seeds when the shop has no products; the host calls this at start-up.</summary>
    public static Task<DemoSeedResult> SeedIfEmptyAsync(SqliteDatabase db, DemoDataOptions options, TimeProvider time, CancellationToken cancellationToken = default) =>
        SeedAsync(db, options, time, force: false, cancellationToken);

    /// <summary>Seeds; with <paramref name="force"/> the existing shop data is replaced (conversation tables are kept).</summary>
    public static async Task<DemoSeedResult> SeedAsync(SqliteDatabase db, DemoDataOptions options, TimeProvider time, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        var clock = Stopwatch.StartNew();
        await ShopMigrations.ApplyAsync(db, time, cancellationToken).ConfigureAwait(false);
        if (!force && !await SqliteDemoShopWriter.IsEmptyAsync(db, cancellationToken).ConfigureAwait(false))
        {
            return new DemoSeedResult(false, 0, 0, 0, 0, 0, clock.Elapsed);
        }

        var shop = DemoDataGenerator.Generate(options, time);
        await SqliteDemoShopWriter.WriteAsync(db, shop, cancellationToken).ConfigureAwait(false);
        return new DemoSeedResult(true, shop.Products.Count, shop.Customers.Count, shop.Orders.Count, shop.DailySales.Count, shop.Interactions.Count, clock.Elapsed);
    }
}
