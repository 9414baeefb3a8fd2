namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Order search for <see cref="ArimaForecaster"/>.</summary>
public sealed class ArimaOptions
{
    /// <summary>Largest AR order tried. Default 2.</summary>
    public int MaxP { get; init; } = 2;

    /// <summary>Largest MA order tried. Default 2.</summary>
    public int MaxQ { get; init; } = 2;

    /// <summary>Largest differencing order (chosen by repeated KPSS tests at 5%). Default 2.</summary>
    public int MaxD { get; init; } = 2;

    /// <summary>Fixed differencing order instead of the KPSS choice; null (default) = choose.</summary>
    public int? D { get; init; }

    /// <summary>Try a drift term when d = 1 (kept when it lowers the AIC). Default true.</summary>
    public bool AllowDrift { get; init; } = true;

    /// <summary>Nelder-Mead evaluation budget per order, per parameter. Default 60.</summary>
    public int EvaluationsPerParameter { get; init; } = 60;
}
