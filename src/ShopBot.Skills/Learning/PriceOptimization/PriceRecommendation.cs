namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>
/// A price recommendation, or the reasons there is none. When <see cref="Supported"/> is false every number derived from
/// the demand curve is null: an unsupported curve does not get to invent one.
/// </summary>
/// <param name="Supported">True when the evidence supports a recommendation.</param>
/// <param name="Issues">Why not, when not supported; empty otherwise.</param>
/// <param name="Current">Expected daily results at the current price.</param>
/// <param name="Recommended">Expected daily results at the recommended price.</param>
/// <param name="UnconstrainedOptimalPrice">The curve's profit-maximising price before constraints and price endings.</param>
/// <param name="ConfidenceLow">Optimal price with the price coefficient at its lower confidence limit.</param>
/// <param name="ConfidenceHigh">Optimal price at the upper limit; null when that limit has no finite optimum (the range is open above).</param>
/// <param name="BindingConstraints">Constraints that moved the price: "minimum margin", "maximum change", "competitor minimum", "competitor maximum", "price ending".</param>
public sealed record PriceRecommendation(
    bool Supported,
    IReadOnlyList<PricingIssue> Issues,
    PriceOutcome? Current,
    PriceOutcome? Recommended,
    double? UnconstrainedOptimalPrice,
    double? ConfidenceLow,
    double? ConfidenceHigh,
    IReadOnlyList<string> BindingConstraints)
{
    /// <summary>The recommended price, or null.</summary>
    public double? RecommendedPrice => Recommended?.Price;

    /// <summary>Expected change in daily units versus the current price.</summary>
    public double? UnitsChange => Recommended is null || Current is null ? null : Recommended.Units - Current.Units;

    /// <summary>Expected change in daily revenue versus the current price.</summary>
    public double? RevenueChange => Recommended is null || Current is null ? null : Recommended.Revenue - Current.Revenue;

    /// <summary>Expected change in daily profit versus the current price.</summary>
    public double? ProfitChange => Recommended is null || Current is null ? null : Recommended.Profit - Current.Profit;

    internal static PriceRecommendation Unsupported(IReadOnlyList<PricingIssue> issues) =>
        new(false, issues, null, null, null, null, null, []);
}
