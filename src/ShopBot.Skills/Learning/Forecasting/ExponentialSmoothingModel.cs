namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// A fitted exponential smoothing model: smoothing parameters and the final level, slope and seasonal states.
/// </summary>
/// <param name="Name">Method name (SES, Holt, Damped, HoltWintersAdditive, HoltWintersMultiplicative).</param>
/// <param name="Trend">Trend component.</param>
/// <param name="Season">Seasonal component.</param>
/// <param name="Alpha">Level smoothing.</param>
/// <param name="Beta">Trend smoothing (0 without trend).</param>
/// <param name="Gamma">Seasonal smoothing (0 without season).</param>
/// <param name="Phi">Damping (1 for Holt, 0 without trend).</param>
/// <param name="Level">Final level.</param>
/// <param name="Slope">Final slope.</param>
/// <param name="SeasonalStates">Seasonal states indexed by position (t mod m) of the series index t.</param>
/// <param name="HistoryLength">Length of the fitted history (positions continue from it).</param>
/// <param name="ResidualStdDev">Standard deviation of the in-sample one-step errors.</param>
public sealed record ExponentialSmoothingModel(
    string Name, TrendKind Trend, SeasonKind Season, double Alpha, double Beta, double Gamma, double Phi,
    double Level, double Slope, double[] SeasonalStates, int HistoryLength, double ResidualStdDev) : IForecastModel
{
    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        if (horizon < 1) throw new ArgumentException("Horizon must be at least 1.", nameof(horizon));
        var result = new double[horizon];
        double trendSum = 0, phiPower = 1;
        var m = SeasonalStates.Length;
        for (var h = 1; h <= horizon; h++)
        {
            phiPower *= Phi;
            trendSum += phiPower;
            var point = Level + trendSum * Slope;
            if (Season == SeasonKind.Additive) point += SeasonalStates[(HistoryLength + h - 1) % m];
            else if (Season == SeasonKind.Multiplicative) point *= SeasonalStates[(HistoryLength + h - 1) % m];
            result[h - 1] = point;
        }
        return result;
    }
}
