namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Settings of the per-series model choice by rolling-origin backtest.</summary>
public sealed class AutoForecastOptions
{
    /// <summary>Number of backtest origins (forecast windows ending H, 2H, ... before the end of the history). Default 3.</summary>
    public int BacktestOrigins { get; init; } = 3;

    /// <summary>
    /// Only the last MaxHistory points are used to fit the models (older data rarely helps and costs time). Default 520
    /// (ten years of weeks). 0 = use all.
    /// </summary>
    public int MaxHistory { get; init; } = 520;

    /// <summary>
    /// The forecast is the mean of the TopK best candidates by backtest score (1 = pick the single best). Default 3.
    /// </summary>
    public int TopK { get; init; } = 3;

    /// <summary>Include ARIMA among the candidates. Default true.</summary>
    public bool IncludeArima { get; init; } = true;

    /// <summary>Include Holt-Winters (when the seasonality is at least 2 and the history covers 3 seasons). Default true.</summary>
    public bool IncludeHoltWinters { get; init; } = true;

    /// <summary>Checks the ranges; throws <see cref="ArgumentException"/> naming the bad setting.</summary>
    public void Validate()
    {
        if (BacktestOrigins < 1) throw new ArgumentException("BacktestOrigins must be at least 1.", nameof(BacktestOrigins));
        if (MaxHistory < 0) throw new ArgumentException("MaxHistory cannot be negative.", nameof(MaxHistory));
        if (TopK < 1) throw new ArgumentException("TopK must be at least 1.", nameof(TopK));
    }
}
