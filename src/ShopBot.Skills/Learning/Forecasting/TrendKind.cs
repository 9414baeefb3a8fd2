namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Trend component of an exponential smoothing model.</summary>
public enum TrendKind
{
    /// <summary>No trend (simple exponential smoothing level only).</summary>
    None,

    /// <summary>Linear additive trend (Holt).</summary>
    Additive,

    /// <summary>Additive trend damped by phi in [0.8, 0.98] (Gardner and McKenzie).</summary>
    Damped,
}
