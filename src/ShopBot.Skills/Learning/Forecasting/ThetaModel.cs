namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Theta forecasts (Hyndman and Billah's SES-with-drift form of the standard theta method):
/// f_h = level + (slope / 2) * ((h - 1) + 1/alpha - (1 - alpha)^n / alpha).
/// </summary>
/// <param name="Level">Final SES level.</param>
/// <param name="Alpha">SES smoothing parameter.</param>
/// <param name="Slope">Least-squares slope of the history against time.</param>
/// <param name="HistoryLength">n.</param>
public sealed record ThetaModel(double Level, double Alpha, double Slope, int HistoryLength) : IForecastModel
{
    /// <inheritdoc />
    public string Name => "Theta";

    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        var result = new double[horizon];
        var tail = 1 / Alpha - Math.Pow(1 - Alpha, HistoryLength) / Alpha;
        for (var h = 1; h <= horizon; h++) result[h - 1] = Level + Slope / 2 * (h - 1 + tail);
        return result;
    }
}
