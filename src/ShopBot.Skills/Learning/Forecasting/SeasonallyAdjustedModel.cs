namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>A model fitted on seasonally adjusted data whose forecasts are multiplied back by the seasonal indices.</summary>
/// <param name="Name">Method name.</param>
/// <param name="Inner">Model of the adjusted series.</param>
/// <param name="Indices">Multiplicative indices by position (t mod m); a single 1 when the series was not seasonal.</param>
/// <param name="HistoryLength">Length of the fitted history.</param>
public sealed record SeasonallyAdjustedModel(string Name, IForecastModel Inner, double[] Indices, int HistoryLength) : IForecastModel
{
    /// <summary>True when the history passed the seasonality test and was adjusted.</summary>
    public bool Adjusted => Indices.Length > 1;

    /// <inheritdoc />
    public double[] Predict(int horizon)
    {
        var result = Inner.Predict(horizon);
        for (var h = 0; h < horizon; h++) result[h] *= Indices[(HistoryLength + h) % Indices.Length];
        return result;
    }
}
