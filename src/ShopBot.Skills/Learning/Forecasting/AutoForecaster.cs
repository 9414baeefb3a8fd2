namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Chooses the method per series by rolling-origin backtest. Each candidate is fitted at origins n - kH
/// (k = 1..BacktestOrigins, keeping at least a minimum training length) and forecasts the next H points; its score is
/// its mean sMAPE and MASE relative to the candidates' means (a per-series OWA-like measure). The TopK best are
/// averaged. Candidates: Naive2, seasonal naive (m &gt; 1), SES, Holt, damped, Theta and ARIMA (all on the seasonally
/// adjusted series, M4-style) and Holt-Winters additive/multiplicative when m &gt; 1.
/// </summary>
public sealed class AutoForecaster : IForecaster
{
    private readonly int _horizon;
    private readonly AutoForecastOptions _options;

    /// <summary>Creates the chooser for forecasts of <paramref name="horizon"/> steps.</summary>
    public AutoForecaster(int horizon, AutoForecastOptions? options = null)
    {
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        _horizon = horizon;
        _options = options ?? new AutoForecastOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => "Auto";

    /// <summary>The candidate methods for a history of <paramref name="length"/> points with period <paramref name="seasonality"/>.</summary>
    public IReadOnlyList<IForecaster> CandidatesFor(int length, int seasonality, bool positive)
    {
        var list = new List<IForecaster>
        {
            SeasonallyAdjustedForecaster.Naive2(),
            new SeasonallyAdjustedForecaster(ExponentialSmoothingForecaster.Ses()),
            new SeasonallyAdjustedForecaster(ExponentialSmoothingForecaster.Holt()),
            new SeasonallyAdjustedForecaster(ExponentialSmoothingForecaster.Damped()),
            ThetaCoreForecaster.Theta(),
        };
        if (_options.IncludeArima) list.Add(new SeasonallyAdjustedForecaster(new ArimaForecaster()));
        if (seasonality > 1)
        {
            list.Add(new NaiveForecaster(seasonal: true));
            if (_options.IncludeHoltWinters && length >= 3 * seasonality)
            {
                list.Add(new ExponentialSmoothingForecaster(TrendKind.Damped, SeasonKind.Additive));
                if (positive) list.Add(new ExponentialSmoothingForecaster(TrendKind.Damped, SeasonKind.Multiplicative));
            }
        }
        return list;
    }

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality) => FitModel(history, seasonality);

    /// <summary>Backtests, chooses and fits; returns the concrete model type.</summary>
    public AutoForecastModel FitModel(ReadOnlySpan<double> history, int seasonality)
    {
        if (seasonality < 1) throw new ArgumentException("Seasonality must be at least 1.", nameof(seasonality));
        if (history.Length < 3) throw new ArgumentException($"Forecasting needs at least 3 points, got {history.Length}.", nameof(history));
        var positive = true;
        foreach (var v in history)
        {
            if (!double.IsFinite(v)) throw new ArgumentException("The history contains a missing or infinite value.", nameof(history));
            positive &= v > 0;
        }
        var data = _options.MaxHistory > 0 && history.Length > _options.MaxHistory ? history[^_options.MaxHistory..] : history;
        var candidates = CandidatesFor(data.Length, seasonality, positive);
        var minimumTrain = Math.Max(8, _horizon);

        var origins = new List<int>();
        for (var k = _options.BacktestOrigins; k >= 1; k--)
        {
            var origin = data.Length - k * _horizon;
            if (origin >= minimumTrain) origins.Add(origin);
        }

        var errors = new double[candidates.Count][][];
        var forecasts = new double[candidates.Count][][];
        var smape = new double[candidates.Count];
        var mase = new double[candidates.Count];
        var failed = new bool[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            errors[c] = new double[origins.Count][];
            forecasts[c] = new double[origins.Count][];
            for (var o = 0; o < origins.Count && !failed[c]; o++)
            {
                var train = data[..origins[o]];
                var actual = data.Slice(origins[o], _horizon);
                var f = TryFit(candidates[c], train, seasonality)?.Predict(_horizon);
                if (f is null || !f.All(double.IsFinite)) { failed[c] = true; break; }
                forecasts[c][o] = f;
                errors[c][o] = Subtract(actual, f);
                smape[c] += ForecastMetrics.Smape(actual, f) / origins.Count;
                mase[c] += ScaledError(train, actual, f, seasonality) / origins.Count;
            }
        }

        var fitted = new Dictionary<string, IForecastModel>(StringComparer.Ordinal);
        for (var c = 0; c < candidates.Count; c++)
        {
            var model = TryFit(candidates[c], data, seasonality);
            if (model is null) failed[c] = true;
            else fitted[candidates[c].Name] = model;
        }
        var usable = Enumerable.Range(0, candidates.Count).Where(c => !failed[c]).ToList();
        if (usable.Count == 0) throw new ArgumentException("No forecasting method could be fitted to this history.", nameof(history));

        if (origins.Count == 0)
        {
            string[] preferred = ["Theta", "Damped", "SES", "Naive2"];
            var fallback = preferred.Where(fitted.ContainsKey).Take(_options.TopK).ToList();
            if (fallback.Count == 0) fallback.Add(candidates[usable[0]].Name);
            return new AutoForecastModel(fallback, fitted, [], NaiveSigma(data, _horizon), double.NaN, double.NaN);
        }

        var meanSmape = usable.Average(c => smape[c]);
        var meanMase = usable.Average(c => mase[c]);
        var scores = usable
            .Select(c => new CandidateScore(candidates[c].Name, smape[c], mase[c],
                Relative(smape[c], meanSmape) + Relative(mase[c], meanMase)))
            .OrderBy(s => s.Score).ThenBy(s => s.Method, StringComparer.Ordinal).ToList();
        var chosen = scores.Take(_options.TopK).Select(s => s.Method).ToList();
        var chosenIndices = chosen.Select(name => usable.First(c => candidates[c].Name == name)).ToList();

        var combinedErrors = new List<double[]>();
        double combinedSmape = 0, combinedMase = 0;
        for (var o = 0; o < origins.Count; o++)
        {
            var mean = new double[_horizon];
            foreach (var c in chosenIndices)
                for (var h = 0; h < _horizon; h++) mean[h] += forecasts[c][o][h] / chosenIndices.Count;
            var actual = data.Slice(origins[o], _horizon);
            combinedErrors.Add(Subtract(actual, mean));
            combinedSmape += ForecastMetrics.Smape(actual, mean) / origins.Count;
            combinedMase += ScaledError(data[..origins[o]], actual, mean, seasonality) / origins.Count;
        }
        return new AutoForecastModel(chosen, fitted, scores, PredictionIntervals.SigmaByStep(combinedErrors, _horizon),
            combinedSmape, combinedMase);
    }

    private static IForecastModel? TryFit(IForecaster forecaster, ReadOnlySpan<double> train, int seasonality)
    {
        try
        {
            return forecaster.Fit(train, seasonality);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static double[] Subtract(ReadOnlySpan<double> actual, double[] forecast)
    {
        var result = new double[forecast.Length];
        for (var h = 0; h < result.Length; h++) result[h] = actual[h] - forecast[h];
        return result;
    }

    /// <summary>MASE, or MAE scaled by the in-sample mean absolute value when the seasonal naive scale is zero.</summary>
    private static double ScaledError(ReadOnlySpan<double> train, ReadOnlySpan<double> actual, double[] forecast, int seasonality)
    {
        var m = train.Length > seasonality ? seasonality : 1;
        var scale = ForecastMetrics.SeasonalNaiveScale(train, m);
        if (scale <= 0)
        {
            foreach (var v in train) scale += Math.Abs(v) / train.Length;
            if (scale <= 0) scale = 1;
        }
        return ForecastMetrics.Mae(actual, forecast) / scale;
    }

    private static double Relative(double value, double mean) => mean > 0 ? value / mean : 0;

    /// <summary>Without a backtest: the spread of one-step naive changes, growing like a random walk (sqrt(h)).</summary>
    private static double[] NaiveSigma(ReadOnlySpan<double> data, int horizon)
    {
        double sum = 0;
        for (var t = 1; t < data.Length; t++) sum += (data[t] - data[t - 1]) * (data[t] - data[t - 1]);
        var sigma1 = Math.Sqrt(sum / (data.Length - 1));
        var result = new double[horizon];
        for (var h = 0; h < horizon; h++) result[h] = sigma1 * Math.Sqrt(h + 1.0);
        return result;
    }
}
