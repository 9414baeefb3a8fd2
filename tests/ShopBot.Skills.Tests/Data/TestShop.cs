using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Shop;

namespace ShopBot.Skills.Tests.Data;

/// <summary>A small seeded demo shop in a temporary SQLite file, deleted on dispose.</summary>
internal sealed class TestShop : IDisposable
{
    public static readonly DateTimeOffset Anchor = new(2026, 3, 15, 10, 30, 0, TimeSpan.Zero);

    private readonly string folder;

    private TestShop(string folder, SqliteDatabase database, FixedTimeProvider time, ShopPolicyOptions policy)
    {
        this.folder = folder;
        Database = database;
        Time = time;
        Policy = new OrderChangePolicy(Options.Create(policy));
        Orders = new SqliteOrderStore(database);
        Changes = new SqliteOrderChangeStore(database, Policy, time);
        Audit = new SqliteAuditStore(database);
    }

    public SqliteDatabase Database { get; }
    public FixedTimeProvider Time { get; }
    public OrderChangePolicy Policy { get; }
    public SqliteOrderStore Orders { get; }
    public SqliteOrderChangeStore Changes { get; }
    public SqliteAuditStore Audit { get; }

    public static DemoDataOptions SmallOptions(int seed = 7) => new()
    {
        Seed = seed, ProductCount = 40, CustomerCount = 30, OrderCount = 150, SalesDays = 60, BrowsedProductsPerCustomer = 8,
    };

    public static async Task<TestShop> CreateAsync(DemoDataOptions? options = null, ShopPolicyOptions? policy = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopbot-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteDatabase(Path.Combine(folder, "shop.db"));
        var time = new FixedTimeProvider(Anchor);
        await DemoDataSeeder.SeedIfEmptyAsync(database, options ?? SmallOptions(), time);
        return new TestShop(folder, database, time, policy ?? new ShopPolicyOptions());
    }

    public static ChangeContext Context(string key, int? expectedVersion = null) => new("customer:1", "conv-" + key, key, expectedVersion);

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>SHA-256 over every row of every table except <c>schema_migrations</c>, rows sorted, tables by name.</summary>
    public static string ContentHash(SqliteDatabase database)
    {
        using var connection = database.Open();
        var tables = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_migrations') AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            var rows = new List<string>();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table}";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var cells = new string[r.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                rows.Add(string.Join('|', cells));
            }

            rows.Sort(StringComparer.Ordinal);
            sha.AppendData(Encoding.UTF8.GetBytes(table + "\n" + string.Join('\n', rows) + "\n"));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalising connection; the temp folder is cleaned by the OS.
        }
    }
}
