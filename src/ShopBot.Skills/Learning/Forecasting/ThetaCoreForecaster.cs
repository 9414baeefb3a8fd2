namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// The theta method on a non-seasonal series: SES (alpha by least squares) plus half the slope of the linear
/// trend line. Wrap it in <see cref="SeasonallyAdjustedForecaster"/> for M4's Theta (see <see cref="Theta"/>).
/// </summary>
public sealed class ThetaCoreForecaster : IForecaster
{
    /// <inheritdoc />
    public string Name => "Theta";

    /// <summary>M4's Theta: seasonal adjustment by the 90% test, then the theta method.</summary>
    public static SeasonallyAdjustedForecaster Theta() => new(new ThetaCoreForecaster());

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality)
    {
        if (history.Length < 3) throw new ArgumentException($"Theta needs at least 3 points, got {history.Length}.", nameof(history));
        var ses = ExponentialSmoothingForecaster.Ses().FitModel(history, 1);
        var n = history.Length;
        double meanT = (n - 1) / 2.0, meanY = 0;
        foreach (var v in history) meanY += v;
        meanY /= n;
        double sxy = 0, sxx = 0;
        for (var t = 0; t < n; t++)
        {
            sxy += (t - meanT) * (history[t] - meanY);
            sxx += (t - meanT) * (t - meanT);
        }
        return new ThetaModel(ses.Level, ses.Alpha, sxy / sxx, n);
    }
}
