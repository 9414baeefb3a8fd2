namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>How well one product's elasticity and optimal price were recovered.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="TrueElasticity">Generator's elasticity.</param>
/// <param name="FittedElasticity">Fitted elasticity; null when the fit failed.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="PriceVariation">Standard deviation of log price in the history.</param>
/// <param name="TrueOptimalPrice">c * e / (1 + e) with the true e.</param>
/// <param name="RecommendedPrice">The optimiser's price (no change limit, whole cents); null when unsupported.</param>
/// <param name="ElasticityError">|fitted - true| / |true|.</param>
/// <param name="PriceGap">|recommended - true optimum| / true optimum.</param>
/// <param name="Issues">Why no price was recommended, or the fit error.</param>
/// <param name="Pooled">True when the elasticity came from the category's pooled fit (too little own price variation).</param>
/// <param name="ConfidenceLow">The optimal price at the elasticity's lower 95% limit; null when unsupported.</param>
/// <param name="ConfidenceHigh">The optimal price at the upper limit; null when unsupported or open above.</param>
public sealed record ProductRecovery(
    string ProductId,
    double TrueElasticity,
    double? FittedElasticity,
    double? StandardError,
    double PriceVariation,
    double TrueOptimalPrice,
    double? RecommendedPrice,
    double? ElasticityError,
    double? PriceGap,
    IReadOnlyList<string> Issues,
    bool Pooled = false,
    double? ConfidenceLow = null,
    double? ConfidenceHigh = null)
{
    /// <summary>True when the stated 95% range of the optimal price contains the true optimum (null when unsupported).</summary>
    public bool? RangeCoversTruth => RecommendedPrice is null || ConfidenceLow is not { } low || !double.IsFinite(TrueOptimalPrice) ? null
        : TrueOptimalPrice >= low && (ConfidenceHigh is not { } high || TrueOptimalPrice <= high);

    /// <summary>
    /// True when the stated 95% range lies within 2% of the recommended price on both sides: the data pins the optimum
    /// down to 2% (null when unsupported).
    /// </summary>
    public bool? PinnedToTwoPercent => RecommendedPrice is not { } p || ConfidenceLow is not { } low ? null
        : ConfidenceHigh is { } high && low >= 0.98 * p && high <= 1.02 * p;
}
