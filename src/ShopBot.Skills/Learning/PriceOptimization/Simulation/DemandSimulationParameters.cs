namespace ShopBot.Skills.Learning.PriceOptimization.Simulation;

/// <summary>
/// The true demand process of one simulated product. Expected units on day t:
/// BaseUnits * (price / BasePrice)^Elasticity * exp(TrendPerYear * years + WeeklyEffects[dayOfWeek]
/// + YearlyAmplitude * sin(2*pi*dayOfYear/365.25 + YearlyPhase) + PromotionLift * onPromotion).
/// </summary>
public sealed record DemandSimulationParameters
{
    /// <summary>The true constant price elasticity (below -1 for a finite optimum).</summary>
    public double Elasticity { get; init; } = -2.0;

    /// <summary>Unit cost; the true optimum is UnitCost * e / (1 + e).</summary>
    public double UnitCost { get; init; } = 10;

    /// <summary>The list price around which the shop moves its price.</summary>
    public double BasePrice { get; init; } = 20;

    /// <summary>Expected units per day at the base price on an average day.</summary>
    public double BaseUnits { get; init; } = 100;

    /// <summary>Log growth of demand per year.</summary>
    public double TrendPerYear { get; init; } = 0.1;

    /// <summary>Log effect of each day of the week, indexed by <see cref="DayOfWeek"/> (Sunday = 0).</summary>
    public IReadOnlyList<double> WeeklyEffects { get; init; } = [0.15, -0.1, -0.08, -0.05, 0, 0.1, 0.2];

    /// <summary>Amplitude of the yearly log seasonality.</summary>
    public double YearlyAmplitude { get; init; } = 0.25;

    /// <summary>Phase of the yearly seasonality in radians.</summary>
    public double YearlyPhase { get; init; } = 1.0;

    /// <summary>Probability that a given week is a promotion week.</summary>
    public double PromotionProbability { get; init; } = 0.1;

    /// <summary>Price cut during a promotion, as a fraction of the regular price.</summary>
    public double PromotionDiscount { get; init; } = 0.15;

    /// <summary>Extra log lift of a promotion beyond its price cut (advertising, display).</summary>
    public double PromotionLift { get; init; } = 0.3;

    /// <summary>The regular price is redrawn every this many days.</summary>
    public int PriceChangeEveryDays { get; init; } = 21;

    /// <summary>The regular price is BasePrice * exp(u), u uniform in [-PriceSpread, PriceSpread].</summary>
    public double PriceSpread { get; init; } = 0.25;

    /// <summary>Noise around the expected units.</summary>
    public DemandNoise Noise { get; init; } = DemandNoise.Poisson;

    /// <summary>Log standard deviation for <see cref="DemandNoise.LogNormal"/>.</summary>
    public double LogNormalSigma { get; init; } = 0.2;

    /// <summary>Days of history.</summary>
    public int Days { get; init; } = 730;

    /// <summary>First day of the history.</summary>
    public DateOnly Start { get; init; } = new(2024, 1, 1);

    /// <summary>The profit-maximising price of the true curve, c * e / (1 + e); NaN when e &gt;= -1 (no finite optimum).</summary>
    public double TrueOptimalPrice => Elasticity < -1 ? UnitCost * Elasticity / (1 + Elasticity) : double.NaN;
}
