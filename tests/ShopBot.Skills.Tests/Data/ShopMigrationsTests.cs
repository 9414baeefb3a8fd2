using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Shop;

namespace ShopBot.Skills.Tests.Data;

public class ShopMigrationsTests
{
    [Fact]
    public async Task Apply_IsIdempotent_AndCreatesEveryTable()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopbot-data-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var db = new SqliteDatabase(Path.Combine(folder, "m.db"));
            Assert.Equal(ShopMigrations.All.Count, await ShopMigrations.ApplyAsync(db));
            Assert.Equal(0, await ShopMigrations.ApplyAsync(db));

            await using var connection = await db.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            var tables = new HashSet<string>();
            await using (var r = await cmd.ExecuteReaderAsync())
            {
                while (await r.ReadAsync()) tables.Add(r.GetString(0));
            }

            string[] expected = ["customers", "addresses", "products", "orders", "order_lines", "payments", "shipments", "tracking_events", "returns", "refunds",
                "invoices", "promotions", "price_history", "daily_sales", "product_interactions", "audit_log", "change_requests", "demo_ground_truth"];
            Assert.All(expected, t => Assert.Contains(t, tables));
            Assert.DoesNotContain("conversations", tables);
            cmd.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE module = 'shop'";
            Assert.Equal((long)ShopMigrations.All.Count, (long)(await cmd.ExecuteScalarAsync())!);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Customers_RejectUpperCaseEmail()
    {
        using var shop = await TestShop.CreateAsync();
        await using var connection = await shop.Database.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO customers (name, email, postcode, created_at) VALUES ('X', 'Upper@Example.com', 'E1 1AA', '2026-01-01T00:00:00.0000000Z')";
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => cmd.ExecuteNonQueryAsync());
    }
}
