namespace ShopBot.Skills.Learning.Inventory;

/// <summary>Expected stock-out day from stock on hand and a daily demand forecast (pure).</summary>
public static class StockoutEstimator
{
    /// <summary>
    /// <paramref name="dailyForecast"/>[i] is the expected demand on <paramref name="start"/> + i days (negative
    /// forecasts count as zero). The stock-out day is the first day whose cumulative demand reaches the stock on hand;
    /// days of cover = i + remaining stock / demand of that day. Stock of zero or less is out on the start day.
    /// </summary>
    public static StockoutEstimate Estimate(double stockOnHand, ReadOnlySpan<double> dailyForecast, DateOnly start)
    {
        if (!double.IsFinite(stockOnHand)) throw new ArgumentException("Stock on hand must be a finite number.", nameof(stockOnHand));
        if (dailyForecast.Length == 0) throw new ArgumentException("The daily forecast is empty.", nameof(dailyForecast));
        double total = 0;
        foreach (var d in dailyForecast)
        {
            if (!double.IsFinite(d)) throw new ArgumentException("The daily forecast contains a missing or infinite value.", nameof(dailyForecast));
            total += Math.Max(0, d);
        }
        if (stockOnHand <= 0) return new StockoutEstimate(start, 0, total);
        double cumulative = 0;
        for (var i = 0; i < dailyForecast.Length; i++)
        {
            var demand = Math.Max(0, dailyForecast[i]);
            if (demand > 0 && cumulative + demand >= stockOnHand)
                return new StockoutEstimate(start.AddDays(i), i + (stockOnHand - cumulative) / demand, total);
            cumulative += demand;
        }
        return new StockoutEstimate(null, null, total);
    }
}
