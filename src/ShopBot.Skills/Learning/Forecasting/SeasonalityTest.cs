namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Seasonality detection by the autocorrelation test used in the M4 benchmark code: a series is seasonal with period m
/// when |r_m| exceeds z * sqrt((1 + 2 * sum_{k=1}^{m-1} r_k^2) / n), with z = 1.645 for the 90% level.
/// </summary>
public static class SeasonalityTest
{
    /// <summary>The critical value of the 90% test used by M4 (qnorm(0.95)).</summary>
    public const double Z90 = 1.6448536269514722;

    /// <summary>Sample autocorrelation at <paramref name="lag"/> (biased estimator, denominator n).</summary>
    public static double Autocorrelation(ReadOnlySpan<double> series, int lag)
    {
        if (lag < 0 || lag >= series.Length) throw new ArgumentException($"Lag {lag} is outside the series of length {series.Length}.", nameof(lag));
        double mean = 0;
        foreach (var v in series) mean += v;
        mean /= series.Length;
        double denominator = 0, numerator = 0;
        for (var t = 0; t < series.Length; t++)
        {
            var d = series[t] - mean;
            denominator += d * d;
            if (t >= lag) numerator += d * (series[t - lag] - mean);
        }
        return denominator == 0 ? 0 : numerator / denominator;
    }

    /// <summary>
    /// True when the series is seasonal with period <paramref name="seasonality"/> by the 90% autocorrelation test.
    /// Always false for m = 1 or when the series has fewer than 3m points (as in M4).
    /// </summary>
    public static bool IsSeasonal(ReadOnlySpan<double> series, int seasonality, double z = Z90)
    {
        if (seasonality < 1) throw new ArgumentException("Seasonality must be at least 1.", nameof(seasonality));
        if (seasonality == 1 || series.Length < 3 * seasonality) return false;
        double sumSquares = 0;
        for (var k = 1; k < seasonality; k++)
        {
            var r = Autocorrelation(series, k);
            sumSquares += r * r;
        }
        var limit = z * Math.Sqrt((1 + 2 * sumSquares) / series.Length);
        return Math.Abs(Autocorrelation(series, seasonality)) > limit;
    }

    /// <summary>
    /// Picks the candidate period whose autocorrelation passes the test with the largest value; 1 when none does.
    /// </summary>
    public static int Detect(ReadOnlySpan<double> series, IReadOnlyList<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = 1;
        var bestR = double.NegativeInfinity;
        foreach (var m in candidates)
        {
            if (m < 2 || !IsSeasonal(series, m)) continue;
            var r = Autocorrelation(series, m);
            if (r > bestR) (best, bestR) = (m, r);
        }
        return best;
    }
}
