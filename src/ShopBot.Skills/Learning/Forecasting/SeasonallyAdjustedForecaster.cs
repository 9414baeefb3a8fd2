namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// The M4 benchmark recipe: when the 90% autocorrelation test at lag m says the history is seasonal (and values are
/// positive), divide by classical multiplicative seasonal indices, fit the inner method on the adjusted series and
/// reseasonalise its forecasts. With the inner method Naive this is Naive2.
/// </summary>
public sealed class SeasonallyAdjustedForecaster : IForecaster
{
    private readonly IForecaster _inner;
    private readonly string? _modelName;

    /// <summary>
    /// Wraps <paramref name="inner"/>. <paramref name="name"/> names both the method and its models; without it the
    /// method takes the inner method's name and each model the inner model's name (e.g. the chosen ARIMA order).
    /// </summary>
    public SeasonallyAdjustedForecaster(IForecaster inner, string? name = null)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        Name = name ?? inner.Name;
        _modelName = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Naive2: naive forecasts of the seasonally adjusted series.</summary>
    public static SeasonallyAdjustedForecaster Naive2() => new(new NaiveForecaster(), "Naive2");

    /// <inheritdoc />
    public IForecastModel Fit(ReadOnlySpan<double> history, int seasonality)
    {
        if (seasonality < 1) throw new ArgumentException("Seasonality must be at least 1.", nameof(seasonality));
        var positive = true;
        foreach (var v in history) positive &= v > 0;
        if (seasonality > 1 && positive && SeasonalityTest.IsSeasonal(history, seasonality))
        {
            var indices = ClassicalDecomposition.MultiplicativeIndices(history, seasonality);
            var adjusted = new double[history.Length];
            for (var t = 0; t < adjusted.Length; t++) adjusted[t] = history[t] / indices[t % seasonality];
            var model = _inner.Fit(adjusted, 1);
            return new SeasonallyAdjustedModel(_modelName ?? model.Name + " (seasonally adjusted)", model, indices, history.Length);
        }
        var plain = _inner.Fit(history, 1);
        return new SeasonallyAdjustedModel(_modelName ?? plain.Name, plain, [1.0], history.Length);
    }
}
