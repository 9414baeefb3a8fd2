namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Non-seasonal ARIMA by conditional sum of squares. d is chosen by repeated KPSS tests (5%) unless fixed; every
/// (p, q) up to the option limits is fitted with Nelder-Mead over partial autocorrelations (tanh-transformed, so
/// each candidate is stationary and invertible by construction) and the lowest AIC wins. All candidates are scored
/// on the same observations (from t = MaxP) so their AICs compare.
/// </summary>
public sealed class ArimaForecaster : IForecaster
{
    private readonly ArimaOptions _options;

    /// <summary>Creates the method with <paramref name="options"/> (defaults when null).</summary>
    public ArimaForecaster(ArimaOptions? options = null)
    {
        _options = options ?? new ArimaOptions();
        if (_options.MaxP < 0 || _options.MaxQ < 0 || _options.MaxD < 0 || _options.D is < 0)
            throw new ArgumentException("ARIMA orders cannot be negative.", nameof(options));
    }

    /// <inheritdoc />
    public string Name => "ARIMA";

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality) => FitModel(history);

    /// <summary>Fits and returns the concrete model type.</summary>
    public ArimaModel FitModel(ReadOnlySpan<double> history)
    {
        foreach (var v in history)
            if (!double.IsFinite(v)) throw new ArgumentException("The history contains a missing or infinite value.", nameof(history));
        var minimum = _options.MaxP + _options.MaxQ + (_options.D ?? _options.MaxD) + 8;
        if (history.Length < minimum) throw new ArgumentException($"ARIMA needs at least {minimum} points, got {history.Length}.", nameof(history));

        var levels = new List<double>();
        var w = history.ToArray();
        var d = 0;
        var targetD = _options.D ?? _options.MaxD;
        while (d < targetD && (_options.D is not null || ArimaMath.Kpss(w) > ArimaMath.KpssCritical5))
        {
            levels.Add(w[^1]);
            w = ArimaMath.Difference(w);
            d++;
        }

        ArimaModel? best = null;
        var residuals = new double[w.Length];
        for (var p = 0; p <= _options.MaxP; p++)
        for (var q = 0; q <= _options.MaxQ; q++)
        {
            foreach (var constant in ConstantChoices(d))
            {
                var model = FitOrder(w, p, d, q, constant, residuals, levels, _options.MaxP);
                if (best is null || model.Aic < best.Aic) best = model;
            }
        }
        return best!;
    }

    /// <summary>
    /// Fits one given order by CSS (no search): the series is differenced <paramref name="d"/> times and, when
    /// <paramref name="constant"/> is true, a mean (d = 0) or drift (d = 1) is estimated.
    /// </summary>
    public ArimaModel FitFixed(ReadOnlySpan<double> history, int p, int d, int q, bool constant)
    {
        if (p < 0 || d < 0 || q < 0) throw new ArgumentException("ARIMA orders cannot be negative.");
        if (constant && d > 1) throw new ArgumentException("A constant is only supported for d = 0 (mean) or d = 1 (drift).", nameof(constant));
        if (history.Length < p + q + d + 8) throw new ArgumentException($"ARIMA({p},{d},{q}) needs at least {p + q + d + 8} points, got {history.Length}.", nameof(history));
        foreach (var v in history)
            if (!double.IsFinite(v)) throw new ArgumentException("The history contains a missing or infinite value.", nameof(history));
        var levels = new List<double>();
        var w = history.ToArray();
        for (var k = 0; k < d; k++)
        {
            levels.Add(w[^1]);
            w = ArimaMath.Difference(w);
        }
        return FitOrder(w, p, d, q, constant, new double[w.Length], levels, p);
    }

    private IEnumerable<bool> ConstantChoices(int d) => d switch
    {
        0 => [true],
        1 => _options.AllowDrift ? [false, true] : [false],
        _ => [false],
    };

    private ArimaModel FitOrder(double[] w, int p, int d, int q, bool constant, double[] residuals, List<double> levels, int start0)
    {
        var c0 = constant ? w.Average() : 0;
        var scale = constant ? Math.Max(1e-8, StdDev(w)) : 1;
        var dims = p + q + (constant ? 1 : 0);
        var ar = new double[p];
        var ma = new double[q];
        var work = new double[Math.Max(p, q)];

        double Css(ReadOnlySpan<double> x)
        {
            Decode(x, p, q, constant, c0, scale, ar, ma, work, out var c);
            double sum = 0;
            for (var t = 0; t < w.Length; t++)
            {
                if (t < p) { residuals[t] = 0; continue; }
                var prediction = c;
                for (var i = 1; i <= p; i++) prediction += ar[i - 1] * (w[t - i] - c);
                for (var j = 1; j <= q && t - j >= 0; j++) prediction += ma[j - 1] * residuals[t - j];
                var e = w[t] - prediction;
                residuals[t] = e;
                if (t >= start0) sum += e * e;
            }
            return sum;
        }

        var (best, css) = dims == 0
            ? ([], Css([]))
            : NelderMead.Minimize(Css, new double[dims], step: 0.3, maxEvaluations: _options.EvaluationsPerParameter * dims + 20);
        css = Css(best);
        Decode(best, p, q, constant, c0, scale, ar, ma, work, out var cFinal);
        var used = w.Length - start0;
        var sigma2 = Math.Max(css / used, 1e-300);
        var aic = used * Math.Log(sigma2) + 2 * (dims + 1);
        return new ArimaModel(p, d, q, (double[])ar.Clone(), (double[])ma.Clone(), cFinal, constant, sigma2, aic,
            w[^p..].ToArray(), q == 0 ? [] : residuals[^q..].ToArray(), levels.ToArray());
    }

    private static void Decode(ReadOnlySpan<double> x, int p, int q, bool constant, double c0, double scale,
        double[] ar, double[] ma, double[] work, out double c)
    {
        Span<double> partial = stackalloc double[Math.Max(p, q)];
        for (var i = 0; i < p; i++) partial[i] = Math.Tanh(x[i]);
        ArimaMath.PartialToAr(partial[..p], ar, work);
        for (var j = 0; j < q; j++) partial[j] = Math.Tanh(x[p + j]);
        ArimaMath.PartialToAr(partial[..q], ma, work);
        for (var j = 0; j < q; j++) ma[j] = -ma[j];
        c = constant ? c0 + scale * x[p + q] : 0;
    }

    private static double StdDev(double[] w)
    {
        var mean = w.Average();
        return Math.Sqrt(w.Sum(v => (v - mean) * (v - mean)) / w.Length);
    }
}
