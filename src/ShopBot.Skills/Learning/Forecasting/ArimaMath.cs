namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Pure helpers for ARIMA: differencing, the KPSS statistic, partial-autocorrelation parametrisation and root checks.</summary>
public static class ArimaMath
{
    /// <summary>KPSS 5% critical value for level stationarity (Kwiatkowski et al. 1992, Table 1).</summary>
    public const double KpssCritical5 = 0.463;

    /// <summary>First differences of <paramref name="series"/> (length n - 1).</summary>
    public static double[] Difference(ReadOnlySpan<double> series)
    {
        if (series.Length < 2) throw new ArgumentException("Differencing needs at least 2 points.", nameof(series));
        var result = new double[series.Length - 1];
        for (var t = 1; t < series.Length; t++) result[t - 1] = series[t] - series[t - 1];
        return result;
    }

    /// <summary>
    /// KPSS level-stationarity statistic with a Bartlett-window long-run variance and lag l = floor(3 sqrt(n) / 13).
    /// Large values (above <see cref="KpssCritical5"/>) reject stationarity: the series needs differencing.
    /// </summary>
    public static double Kpss(ReadOnlySpan<double> series)
    {
        var n = series.Length;
        if (n < 3) throw new ArgumentException("KPSS needs at least 3 points.", nameof(series));
        double mean = 0;
        foreach (var v in series) mean += v;
        mean /= n;
        double cumulative = 0, eta = 0, gamma0 = 0;
        for (var t = 0; t < n; t++)
        {
            var e = series[t] - mean;
            cumulative += e;
            eta += cumulative * cumulative;
            gamma0 += e * e;
        }
        var longRun = gamma0 / n;
        var lags = (int)Math.Floor(3 * Math.Sqrt(n) / 13);
        for (var s = 1; s <= lags; s++)
        {
            double gamma = 0;
            for (var t = s; t < n; t++) gamma += (series[t] - mean) * (series[t - s] - mean);
            longRun += 2 * (1 - s / (lags + 1.0)) * gamma / n;
        }
        return longRun <= 0 ? 0 : eta / ((double)n * n * longRun);
    }

    /// <summary>
    /// Maps partial autocorrelations u (each in (-1, 1)) to the coefficients phi of a stationary AR polynomial
    /// 1 - phi_1 z - ... - phi_p z^p by the Durbin-Levinson recursion. <paramref name="work"/> needs length p.
    /// </summary>
    public static void PartialToAr(ReadOnlySpan<double> partial, Span<double> phi, Span<double> work)
    {
        var p = partial.Length;
        for (var k = 0; k < p; k++)
        {
            var u = partial[k];
            for (var j = 0; j < k; j++) work[j] = phi[j] - u * phi[k - 1 - j];
            for (var j = 0; j < k; j++) phi[j] = work[j];
            phi[k] = u;
        }
    }

    /// <summary>
    /// True when 1 - phi_1 z - ... - phi_p z^p has all roots outside the unit circle (step-down: every partial
    /// autocorrelation recovered from phi lies strictly inside (-1, 1)).
    /// </summary>
    public static bool IsStationary(ReadOnlySpan<double> phi)
    {
        Span<double> current = stackalloc double[phi.Length];
        Span<double> next = stackalloc double[phi.Length];
        phi.CopyTo(current);
        for (var k = phi.Length - 1; k >= 0; k--)
        {
            var a = current[k];
            if (!(Math.Abs(a) < 1)) return false;
            var denominator = 1 - a * a;
            for (var j = 0; j < k; j++) next[j] = (current[j] + a * current[k - 1 - j]) / denominator;
            next[..k].CopyTo(current);
        }
        return true;
    }

    /// <summary>True when the MA polynomial 1 + theta_1 z + ... + theta_q z^q has all roots outside the unit circle.</summary>
    public static bool IsInvertible(ReadOnlySpan<double> theta)
    {
        Span<double> negated = stackalloc double[theta.Length];
        for (var i = 0; i < theta.Length; i++) negated[i] = -theta[i];
        return IsStationary(negated);
    }
}
