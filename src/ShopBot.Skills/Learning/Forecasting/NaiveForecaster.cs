namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Naive (last value) or seasonal naive (value one season ago) forecasts.</summary>
public sealed class NaiveForecaster : IForecaster
{
    /// <summary>Creates the naive method, or the seasonal naive one when <paramref name="seasonal"/> is true.</summary>
    public NaiveForecaster(bool seasonal = false)
    {
        Seasonal = seasonal;
        Name = seasonal ? "SeasonalNaive" : "Naive";
    }

    /// <summary>True for seasonal naive.</summary>
    public bool Seasonal { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality)
    {
        if (seasonality < 1) throw new ArgumentException("Seasonality must be at least 1.", nameof(seasonality));
        var m = Seasonal ? seasonality : 1;
        if (history.Length < m) throw new ArgumentException($"{Name} needs at least {m} points, got {history.Length}.", nameof(history));
        return new NaiveModel(Name, history[^m..].ToArray());
    }
}
