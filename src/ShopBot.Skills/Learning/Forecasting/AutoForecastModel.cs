namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// The outcome of <see cref="AutoForecaster"/>: every candidate fitted on the whole history, their backtest scores,
/// the chosen ones (their forecasts are averaged) and the backtest error spread of the chosen combination.
/// </summary>
/// <param name="Chosen">Names of the chosen candidates, best first.</param>
/// <param name="Candidates">Every candidate that fitted, by name, fitted on the whole (possibly trimmed) history.</param>
/// <param name="Scores">Backtest scores, best first (empty when the history was too short to backtest).</param>
/// <param name="Sigma">Backtest error standard deviation of the chosen combination per step.</param>
/// <param name="BacktestSmape">Mean backtest sMAPE of the chosen combination; NaN without a backtest.</param>
/// <param name="BacktestMase">Mean backtest MASE of the chosen combination; NaN without a backtest.</param>
public sealed record AutoForecastModel(IReadOnlyList<string> Chosen, IReadOnlyDictionary<string, IForecastModel> Candidates,
    IReadOnlyList<CandidateScore> Scores, double[] Sigma, double BacktestSmape, double BacktestMase) : IForecastModel
{
    /// <inheritdoc />
    public string Name => Chosen.Count == 1 ? Candidates[Chosen[0]].Name : "Mean(" + string.Join(", ", Chosen.Select(c => Candidates[c].Name)) + ")";

    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        var result = new double[horizon];
        foreach (var name in Chosen)
        {
            var f = Candidates[name].Predict(horizon);
            for (var h = 0; h < horizon; h++) result[h] += f[h] / Chosen.Count;
        }
        return result;
    }

    /// <summary>
    /// Point forecasts with 80%/95% intervals: point +/- z * sigma_h, sigma_h from the backtest errors of the chosen
    /// combination (see <see cref="PredictionIntervals"/>); beyond the backtest horizon sigma grows with sqrt(h / H).
    /// </summary>
    public ForecastResult Forecast(int horizon)
    {
        var point = Predict(horizon);
        var lower80 = new double[horizon];
        var upper80 = new double[horizon];
        var lower95 = new double[horizon];
        var upper95 = new double[horizon];
        var known = Sigma.Length;
        for (var h = 0; h < horizon; h++)
        {
            var sigma = known == 0 ? 0 : h < known ? Sigma[h] : Sigma[known - 1] * Math.Sqrt((h + 1.0) / known);
            lower80[h] = point[h] - PredictionIntervals.Z80 * sigma;
            upper80[h] = point[h] + PredictionIntervals.Z80 * sigma;
            lower95[h] = point[h] - PredictionIntervals.Z95 * sigma;
            upper95[h] = point[h] + PredictionIntervals.Z95 * sigma;
        }
        return new ForecastResult(Name, point, lower80, upper80, lower95, upper95, BacktestSmape, BacktestMase);
    }
}
