namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>A forecasting method (the trainer): fits a model to one history.</summary>
public interface IForecaster
{
    /// <summary>Short method name used in reports, e.g. <c>Naive2</c>, <c>Damped</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Fits the method to <paramref name="history"/> (oldest first) whose seasonal period is
    /// <paramref name="seasonality"/> (1 = none). Throws <see cref="ArgumentException"/> when the history does not
    /// suit the method (too short, non-positive values for a multiplicative model...).
    /// </summary>
    IForecastModel Fit(ReadOnlySpan<double> history, int seasonality);
}
