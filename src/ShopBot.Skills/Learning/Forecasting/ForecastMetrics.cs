namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Forecast accuracy measures as defined for the M4 competition: sMAPE (in percent), MASE (scaled by the in-sample
/// mean absolute error of the seasonal naive method with period m) and OWA relative to Naive2.
/// </summary>
public static class ForecastMetrics
{
    /// <summary>
    /// Symmetric MAPE in percent: 200/h * sum |y - f| / (|y| + |f|). A step where both actual and forecast are zero
    /// counts as a perfect step (0), since the ratio is otherwise undefined.
    /// </summary>
    public static double Smape(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        RequireSameLength(actual, forecast);
        double sum = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var denominator = Math.Abs(actual[i]) + Math.Abs(forecast[i]);
            if (denominator > 0) sum += Math.Abs(actual[i] - forecast[i]) / denominator;
        }
        return 200.0 * sum / actual.Length;
    }

    /// <summary>Mean absolute error.</summary>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        RequireSameLength(actual, forecast);
        double sum = 0;
        for (var i = 0; i < actual.Length; i++) sum += Math.Abs(actual[i] - forecast[i]);
        return sum / actual.Length;
    }

    /// <summary>
    /// The MASE denominator: mean absolute error of the in-sample seasonal naive forecast,
    /// 1/(n-m) * sum_{t=m+1..n} |y_t - y_{t-m}|.
    /// </summary>
    public static double SeasonalNaiveScale(ReadOnlySpan<double> insample, int seasonality)
    {
        if (seasonality < 1) throw new ArgumentException("Seasonality must be at least 1.", nameof(seasonality));
        if (insample.Length <= seasonality)
            throw new ArgumentException($"MASE needs more than {seasonality} in-sample points, got {insample.Length}.", nameof(insample));
        double sum = 0;
        for (var t = seasonality; t < insample.Length; t++) sum += Math.Abs(insample[t] - insample[t - seasonality]);
        return sum / (insample.Length - seasonality);
    }

    /// <summary>
    /// Mean absolute scaled error: MAE of the forecast divided by <see cref="SeasonalNaiveScale"/>. Throws when the
    /// in-sample series is constant at lag m (scale zero), where MASE is undefined.
    /// </summary>
    public static double Mase(ReadOnlySpan<double> insample, ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, int seasonality)
    {
        var scale = SeasonalNaiveScale(insample, seasonality);
        if (scale <= 0) throw new ArgumentException("MASE is undefined: the in-sample seasonal naive error is zero.", nameof(insample));
        return Mae(actual, forecast) / scale;
    }

    /// <summary>
    /// Overall weighted average as in M4: (sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2) / 2, each computed on the totals
    /// (averages over all series) of the method and of Naive2.
    /// </summary>
    public static double Owa(double smape, double mase, double naive2Smape, double naive2Mase)
    {
        if (naive2Smape <= 0 || naive2Mase <= 0)
            throw new ArgumentException("OWA needs positive Naive2 sMAPE and MASE.");
        return (smape / naive2Smape + mase / naive2Mase) / 2.0;
    }

    private static void RequireSameLength(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        if (actual.Length == 0) throw new ArgumentException("At least one actual value is needed.", nameof(actual));
        if (actual.Length != forecast.Length)
            throw new ArgumentException($"Actual ({actual.Length}) and forecast ({forecast.Length}) lengths differ.", nameof(forecast));
    }
}
