namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Seasonal component of an exponential smoothing model.</summary>
public enum SeasonKind
{
    /// <summary>No seasonal component.</summary>
    None,

    /// <summary>Additive seasonal offsets (Holt-Winters additive).</summary>
    Additive,

    /// <summary>Multiplicative seasonal factors (Holt-Winters multiplicative); needs positive data.</summary>
    Multiplicative,
}
