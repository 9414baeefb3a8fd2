namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Hold-out evaluation: the last H points of every series are hidden, each method forecasts them from the rest, and
/// sMAPE, MASE (scale: in-sample seasonal naive with period m) and OWA against Naive2 are computed on the totals over
/// all series, as in M4. Methods: every candidate of <see cref="AutoForecaster"/>, M4's Comb, and Auto itself.
/// Series are processed one after another (one core).
/// </summary>
public sealed class ForecastEvaluator
{
    private readonly AutoForecastOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the evaluator with the automatic-choice settings and a clock for the timing (system by default).</summary>
    public ForecastEvaluator(AutoForecastOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new AutoForecastOptions();
        _time = time ?? TimeProvider.System;
        _options.Validate();
    }

    /// <summary>Evaluates all <paramref name="series"/> with horizon H and period m.</summary>
    public ForecastEvaluationReport Evaluate(IReadOnlyList<TimeSeries> series, int horizon, int seasonality)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        if (seasonality < 1) throw new ArgumentException("Seasonality must be at least 1.", nameof(seasonality));
        var started = _time.GetTimestamp();
        var auto = new AutoForecaster(horizon, _options);
        var comb = CombinationForecaster.Comb();
        var smape = new Dictionary<string, double>(StringComparer.Ordinal);
        var mase = new Dictionary<string, double>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosen = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = new List<string>();
        var evaluated = 0;
        int inside80 = 0, inside95 = 0;

        foreach (var s in series)
        {
            var n = s.Values.Length - horizon;
            if (n < Math.Max(seasonality + 1, 3)) { skipped.Add($"{s.Id}: only {s.Values.Length} points"); continue; }
            var train = s.Values.AsSpan(0, n);
            var actual = s.Values.AsSpan(n, horizon);
            var scale = ForecastMetrics.SeasonalNaiveScale(train, seasonality);
            if (scale <= 0) { skipped.Add($"{s.Id}: constant history (MASE undefined)"); continue; }
            AutoForecastModel model;
            try
            {
                model = auto.FitModel(train, seasonality);
            }
            catch (ArgumentException e)
            {
                skipped.Add($"{s.Id}: {e.Message}");
                continue;
            }
            evaluated++;
            foreach (var name in model.Chosen) chosen[name] = chosen.GetValueOrDefault(name) + 1;
            var forecasts = model.Candidates.Select(kv => (kv.Key, kv.Value.Predict(horizon))).ToList();
            var result = model.Forecast(horizon);
            forecasts.Add(("Auto", result.Point));
            for (var h = 0; h < horizon; h++)
            {
                if (actual[h] >= result.Lower80[h] && actual[h] <= result.Upper80[h]) inside80++;
                if (actual[h] >= result.Lower95[h] && actual[h] <= result.Upper95[h]) inside95++;
            }
            try
            {
                forecasts.Add((comb.Name, comb.Fit(train, seasonality).Predict(horizon)));
            }
            catch (ArgumentException)
            {
                // Comb cannot fit very short histories; it is then simply not scored on this series.
            }
            foreach (var (name, f) in forecasts)
            {
                smape[name] = smape.GetValueOrDefault(name) + ForecastMetrics.Smape(actual, f);
                mase[name] = mase.GetValueOrDefault(name) + ForecastMetrics.Mae(actual, f) / scale;
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }
        if (evaluated == 0)
            throw new ArgumentException("No series could be evaluated: " + string.Join("; ", skipped.Take(5)), nameof(series));

        var naive2Smape = smape["Naive2"] / counts["Naive2"];
        var naive2Mase = mase["Naive2"] / counts["Naive2"];
        // Methods that failed on some series are averaged over the series they forecast; Naive2 and Auto cover all.
        var methods = smape.Keys
            .Select(name =>
            {
                var sm = smape[name] / counts[name];
                var ma = mase[name] / counts[name];
                var label = counts[name] == evaluated ? name : $"{name} ({counts[name]} series)";
                return new MethodScore(label, sm, ma, ForecastMetrics.Owa(sm, ma, naive2Smape, naive2Mase));
            })
            .OrderBy(m => m.Owa).ToList();
        var seconds = _time.GetElapsedTime(started).TotalSeconds;
        return new ForecastEvaluationReport(methods.First(m => m.Method == "Auto"), methods.First(m => m.Method == "Naive2"),
            methods, horizon, seasonality, evaluated, skipped, chosen, seconds,
            inside80 / (double)(evaluated * horizon), inside95 / (double)(evaluated * horizon));
    }
}
