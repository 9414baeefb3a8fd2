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
    bool Pooled = false);
