using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>SQLite implementation of <see cref="ISalesStore"/>.</summary>
public sealed class SqliteSalesStore(SqliteDatabase database) : ISalesStore
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<IReadOnlyList<DailySale>> GetDailySalesAsync(long productId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from) throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT product_id, date, units, price_cents, on_promotion FROM daily_sales WHERE product_id = $p AND date BETWEEN $f AND $t ORDER BY date")
            .With("$p", productId).With("$f", ShopSql.Day(from)).With("$t", ShopSql.Day(to));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<DailySale>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(new DailySale(r.GetInt64(0), ShopSql.ParseDay(r.GetString(1)), r.GetInt32(2), r.GetInt64(3), r.GetInt64(4) != 0));
        return list;
    }

    public async Task<IReadOnlyList<PricePoint>> GetPriceHistoryAsync(long productId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT product_id, price_cents, valid_from, valid_to FROM price_history WHERE product_id = $p ORDER BY valid_from").With("$p", productId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<PricePoint>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(new PricePoint(r.GetInt64(0), r.GetInt64(1), ShopSql.ParseDay(r.GetString(2)), r.NullableDay(3)));
        return list;
    }

    public async Task<IReadOnlyList<Promotion>> GetPromotionsAsync(long productId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from) throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("""
            SELECT id, product_id, category, percent_off, start_date, end_date FROM promotions
            WHERE (product_id = $p OR category = (SELECT category FROM products WHERE id = $p))
              AND start_date <= $t AND end_date >= $f
            ORDER BY start_date, id
            """).With("$p", productId).With("$f", ShopSql.Day(from)).With("$t", ShopSql.Day(to));
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Promotion>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Promotion(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.NullableString(2), r.GetInt32(3), ShopSql.ParseDay(r.GetString(4)), ShopSql.ParseDay(r.GetString(5))));
        }

        return list;
    }
}
