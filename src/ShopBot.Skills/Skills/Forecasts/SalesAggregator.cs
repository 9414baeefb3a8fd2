using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>Turns daily sales rows into an equally spaced series (pure). Days without a row count as zero units.</summary>
public static class SalesAggregator
{
    /// <summary>
    /// Units per bucket: bucket i covers days [<paramref name="firstDay"/> + i·<paramref name="daysPerBucket"/>,
    /// + <paramref name="daysPerBucket"/>). Rows outside the buckets are ignored.
    /// </summary>
    public static double[] Buckets(IEnumerable<DailySale> sales, DateOnly firstDay, int buckets, int daysPerBucket)
    {
        ArgumentNullException.ThrowIfNull(sales);
        if (buckets < 0) throw new ArgumentException($"The number of buckets cannot be negative, got {buckets}.", nameof(buckets));
        if (daysPerBucket < 1) throw new ArgumentException($"A bucket needs at least one day, got {daysPerBucket}.", nameof(daysPerBucket));
        var result = new double[buckets];
        foreach (var sale in sales)
        {
            var offset = sale.Date.DayNumber - firstDay.DayNumber;
            if (offset < 0) continue;
            var bucket = offset / daysPerBucket;
            if (bucket < buckets) result[bucket] += sale.Units;
        }

        return result;
    }

    /// <summary>Index of the first bucket at or after which any bucket is non-zero (leading buckets before a product was sold); 0 when all are zero.</summary>
    public static int FirstActive(ReadOnlySpan<double> series)
    {
        for (var i = 0; i < series.Length; i++)
            if (series[i] != 0) return i;
        return 0;
    }
}
