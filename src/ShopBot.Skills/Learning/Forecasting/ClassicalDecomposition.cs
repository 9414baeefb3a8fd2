namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Classical multiplicative decomposition (centred moving average of order m, or 2xm for even m): seasonal indices
/// are the averaged ratios y / trend per season position, normalised to average 1.
/// </summary>
public static class ClassicalDecomposition
{
    /// <summary>
    /// Multiplicative seasonal indices for positions 0..m-1, where position i is that of series index i (mod m).
    /// Needs at least 2m points and positive values.
    /// </summary>
    public static double[] MultiplicativeIndices(ReadOnlySpan<double> series, int seasonality)
    {
        if (seasonality < 2) throw new ArgumentException("Decomposition needs a seasonality of at least 2.", nameof(seasonality));
        if (series.Length < 2 * seasonality)
            throw new ArgumentException($"Decomposition needs at least {2 * seasonality} points, got {series.Length}.", nameof(series));
        var m = seasonality;
        var n = series.Length;
        var sums = new double[m];
        var counts = new int[m];
        var half = m / 2;
        for (var t = half; t < n - half; t++)
        {
            double trend;
            if (m % 2 == 1)
            {
                double s = 0;
                for (var k = -half; k <= half; k++) s += series[t + k];
                trend = s / m;
            }
            else
            {
                double s = 0.5 * (series[t - half] + series[t + half]);
                for (var k = -half + 1; k < half; k++) s += series[t + k];
                trend = s / m;
            }
            if (trend == 0) continue;
            sums[t % m] += series[t] / trend;
            counts[t % m]++;
        }
        var indices = new double[m];
        double total = 0;
        for (var i = 0; i < m; i++)
        {
            indices[i] = counts[i] > 0 ? sums[i] / counts[i] : 1.0;
            total += indices[i];
        }
        var norm = m / total;
        for (var i = 0; i < m; i++) indices[i] *= norm;
        return indices;
    }
}
