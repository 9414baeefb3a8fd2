namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Exponential smoothing in error-correction form: SES, Holt, damped Holt and Holt-Winters (additive or
/// multiplicative). Smoothing parameters minimise the in-sample one-step sum of squared errors with Nelder-Mead over
/// logistic transforms that keep alpha in (0,1), beta in (0, alpha), gamma in (0, 1 - alpha), phi in [0.8, 0.98].
/// Initial states are heuristic: level = first value (or first season mean), slope = mean of the first differences
/// (or the change between the first two season means / m), seasonal states = first season relative to its mean.
/// </summary>
public sealed class ExponentialSmoothingForecaster : IForecaster
{
    private const double Low = 1e-4;
    private const double PhiLow = 0.8;
    private const double PhiHigh = 0.98;

    /// <summary>Creates a method with the given trend and season.</summary>
    public ExponentialSmoothingForecaster(TrendKind trend, SeasonKind season)
    {
        Trend = trend;
        Season = season;
        Name = (trend, season) switch
        {
            (TrendKind.None, SeasonKind.None) => "SES",
            (TrendKind.Additive, SeasonKind.None) => "Holt",
            (TrendKind.Damped, SeasonKind.None) => "Damped",
            (_, SeasonKind.Additive) => trend == TrendKind.Damped ? "HoltWintersAdditiveDamped" : "HoltWintersAdditive",
            _ => trend == TrendKind.Damped ? "HoltWintersMultiplicativeDamped" : "HoltWintersMultiplicative",
        };
    }

    /// <summary>Trend component.</summary>
    public TrendKind Trend { get; }

    /// <summary>Season component.</summary>
    public SeasonKind Season { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Simple exponential smoothing.</summary>
    public static ExponentialSmoothingForecaster Ses() => new(TrendKind.None, SeasonKind.None);

    /// <summary>Holt's linear trend.</summary>
    public static ExponentialSmoothingForecaster Holt() => new(TrendKind.Additive, SeasonKind.None);

    /// <summary>Damped trend.</summary>
    public static ExponentialSmoothingForecaster Damped() => new(TrendKind.Damped, SeasonKind.None);

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality) => FitModel(history, seasonality);

    /// <summary>Fits and returns the concrete model type.</summary>
    public ExponentialSmoothingModel FitModel(ReadOnlySpan<double> history, int seasonality)
    {
        var seasonal = Season != SeasonKind.None;
        var m = seasonal ? seasonality : 1;
        if (seasonal && m < 2) throw new ArgumentException($"{Name} needs a seasonality of at least 2.", nameof(seasonality));
        var minimum = seasonal ? 2 * m + 1 : Trend == TrendKind.None ? 2 : 3;
        if (history.Length < minimum) throw new ArgumentException($"{Name} needs at least {minimum} points, got {history.Length}.", nameof(history));
        foreach (var v in history)
        {
            if (!double.IsFinite(v)) throw new ArgumentException("The history contains a missing or infinite value.", nameof(history));
            if (Season == SeasonKind.Multiplicative && v <= 0) throw new ArgumentException($"{Name} needs positive values.", nameof(history));
        }

        var data = history.ToArray();
        var initialSeason = new double[m];
        var (level0, slope0) = Initialise(data, m, initialSeason);
        var scratch = new double[m];
        var dims = 1 + (Trend != TrendKind.None ? 1 : 0) + (seasonal ? 1 : 0) + (Trend == TrendKind.Damped ? 1 : 0);
        var start = new double[dims];
        start[0] = Logit((0.3 - Low) / (1 - 2 * Low));
        var k = 1;
        if (Trend != TrendKind.None) start[k++] = Logit(0.1);
        if (seasonal) start[k++] = Logit(0.1);
        if (Trend == TrendKind.Damped) start[k] = Logit((0.95 - PhiLow) / (PhiHigh - PhiLow));

        Objective objective = x =>
        {
            var p = Decode(x);
            initialSeason.AsSpan().CopyTo(scratch);
            return Run(data, p, scratch, level0, slope0, out _, out _);
        };
        var (best, sse) = NelderMead.Minimize(objective, start, step: 1.0, maxEvaluations: 60 * dims + 40);
        var parameters = Decode(best);
        var states = (double[])initialSeason.Clone();
        Run(data, parameters, states, level0, slope0, out var level, out var slope);
        return new ExponentialSmoothingModel(Name, Trend, Season, parameters.Alpha, parameters.Beta, parameters.Gamma,
            parameters.Phi, level, slope, seasonal ? states : [0.0], data.Length, Math.Sqrt(sse / data.Length));
    }

    private (double Alpha, double Beta, double Gamma, double Phi) Decode(ReadOnlySpan<double> x)
    {
        var alpha = Low + (1 - 2 * Low) * Sigmoid(x[0]);
        var k = 1;
        var beta = Trend != TrendKind.None ? alpha * Sigmoid(x[k++]) : 0;
        var gamma = Season != SeasonKind.None ? (1 - alpha) * Sigmoid(x[k++]) : 0;
        var phi = Trend switch
        {
            TrendKind.None => 0,
            TrendKind.Additive => 1,
            _ => PhiLow + (PhiHigh - PhiLow) * Sigmoid(x[k]),
        };
        return (alpha, beta, gamma, phi);
    }

    private (double Level, double Slope) Initialise(double[] y, int m, double[] season)
    {
        if (Season == SeasonKind.None)
        {
            var k = Math.Min(y.Length - 1, 10);
            var slope = Trend == TrendKind.None ? 0 : (y[k] - y[0]) / k;
            return (y[0] - slope, slope);
        }
        double first = 0, second = 0;
        for (var i = 0; i < m; i++) { first += y[i]; second += y[m + i]; }
        first /= m;
        second /= m;
        for (var i = 0; i < m; i++) season[i] = Season == SeasonKind.Additive ? y[i] - first : y[i] / first;
        var seasonalSlope = Trend == TrendKind.None ? 0 : (second - first) / m;
        // The level before t = 0 sits (m - 1) / 2 steps before the centre of the first season.
        return (first - seasonalSlope * (m + 1) / 2.0, seasonalSlope);
    }

    /// <summary>Runs the recursions over <paramref name="y"/>; returns the one-step SSE and the final states.</summary>
    internal double Run(ReadOnlySpan<double> y, (double Alpha, double Beta, double Gamma, double Phi) p, Span<double> season,
        double level, double slope, out double finalLevel, out double finalSlope)
    {
        var m = season.Length;
        double sse = 0;
        for (var t = 0; t < y.Length; t++)
        {
            var damped = level + p.Phi * slope;
            var position = t % m;
            var s = season[position];
            double forecast, newLevel;
            switch (Season)
            {
                case SeasonKind.Additive:
                    forecast = damped + s;
                    newLevel = p.Alpha * (y[t] - s) + (1 - p.Alpha) * damped;
                    break;
                case SeasonKind.Multiplicative:
                    forecast = damped * s;
                    newLevel = p.Alpha * (y[t] / s) + (1 - p.Alpha) * damped;
                    break;
                default:
                    forecast = damped;
                    newLevel = p.Alpha * y[t] + (1 - p.Alpha) * damped;
                    break;
            }
            var error = y[t] - forecast;
            sse += error * error;
            if (Trend != TrendKind.None) slope = p.Beta * (newLevel - level) + (1 - p.Beta) * p.Phi * slope;
            if (Season == SeasonKind.Additive) season[position] = p.Gamma * (y[t] - newLevel) + (1 - p.Gamma) * s;
            else if (Season == SeasonKind.Multiplicative && newLevel != 0) season[position] = p.Gamma * (y[t] / newLevel) + (1 - p.Gamma) * s;
            level = newLevel;
        }
        finalLevel = level;
        finalSlope = Trend == TrendKind.None ? 0 : slope;
        return sse;
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
