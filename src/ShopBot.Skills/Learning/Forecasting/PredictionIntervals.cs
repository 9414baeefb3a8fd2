namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Empirical prediction-interval widths from rolling-origin backtest errors. For step h the error variance is the mean
/// squared backtest error over all origins and the steps h-2..h+2 (a small window that steadies estimates from few
/// origins), then made non-decreasing in h. Bounds are point +/- z * sigma_h (normal approximation).
/// </summary>
public static class PredictionIntervals
{
    /// <summary>z for a central 80% interval.</summary>
    public const double Z80 = 1.2815515655446004;

    /// <summary>z for a central 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Standard deviation per step 1..H from <paramref name="errors"/> (one array of H actual-minus-forecast errors
    /// per backtest origin).
    /// </summary>
    public static double[] SigmaByStep(IReadOnlyList<double[]> errors, int horizon)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        var sigma = new double[horizon];
        if (errors.Count == 0) return sigma;
        var available = errors.Min(e => e.Length);
        if (available == 0) return sigma;
        for (var h = 0; h < horizon; h++)
        {
            var centre = Math.Min(h, available - 1);
            double sum = 0;
            var count = 0;
            for (var j = Math.Max(0, centre - 2); j <= Math.Min(available - 1, centre + 2); j++)
            {
                foreach (var e in errors) { sum += e[j] * e[j]; count++; }
            }
            sigma[h] = Math.Sqrt(sum / count);
            if (h > 0 && sigma[h] < sigma[h - 1]) sigma[h] = sigma[h - 1];
        }
        return sigma;
    }
}
