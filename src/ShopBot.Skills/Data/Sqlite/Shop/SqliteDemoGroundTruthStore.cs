using System.Text.Json;
using ShopBot.Skills.Data.Demo;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>Reads the demand ground truth the demo generator stored in <c>demo_ground_truth</c>.</summary>
public sealed class SqliteDemoGroundTruthStore(SqliteDatabase database)
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>The ground truth of every product, by product id; empty when the shop was not generated.</summary>
    public async Task<IReadOnlyList<ProductGroundTruth>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT product_id, reference_price_cents, base_level, trend_per_year, weekly_factors, yearly_amplitude, yearly_peak_day, elasticity, promo_lift, series_start FROM demo_ground_truth ORDER BY product_id");
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ProductGroundTruth>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var weekly = JsonSerializer.Deserialize<double[]>(r.GetString(4)) ?? throw new InvalidDataException($"Product {r.GetInt64(0)} has no weekly factors.");
            list.Add(new ProductGroundTruth(r.GetInt64(0), r.GetInt64(1), r.GetDouble(2), r.GetDouble(3), weekly, r.GetDouble(5), r.GetInt32(6), r.GetDouble(7), r.GetDouble(8), ShopSql.ParseDay(r.GetString(9))));
        }

        return list;
    }
}
