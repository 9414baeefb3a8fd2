namespace ShopBot.Skills.Skills.Pricing;

/// <summary>How well the demand fits and price recommendations recover the demo shop's generated truth.</summary>
/// <param name="Seed">Demo data seed.</param>
/// <param name="Products">Products evaluated.</param>
/// <param name="Supported">Products that got a price recommendation.</param>
/// <param name="Unsupported">Products whose data did not support one (reasons per product).</param>
/// <param name="WithEnoughPriceVariation">Products whose own price varied enough (log-price SD at or above the trainer's minimum).</param>
/// <param name="ElasticityMape">Mean absolute percentage error of the fitted elasticities over all fitted products, in percent.</param>
/// <param name="ElasticityMapeEnoughVariation">The same over the products with enough price variation.</param>
/// <param name="ShareElasticityWithin10Percent">Share of the products with enough price variation whose elasticity is within 10%.</param>
/// <param name="PriceGapMape">Mean absolute percentage gap between recommended and true optimal price over supported products, in percent.</param>
/// <param name="SharePriceWithin2Percent">Share of supported products within 2% of the true optimum.</param>
/// <param name="Details">Per-product figures.</param>
public sealed record DemoPricingReport(
    int Seed,
    int Products,
    int Supported,
    int Unsupported,
    int WithEnoughPriceVariation,
    double ElasticityMape,
    double ElasticityMapeEnoughVariation,
    double ShareElasticityWithin10Percent,
    double PriceGapMape,
    double SharePriceWithin2Percent,
    IReadOnlyList<DemoPricingProduct> Details)
{
    /// <summary>Share of supported products whose stated 95% optimal-price range contains the true optimum.</summary>
    public double OptimumCoverage { get; init; } = double.NaN;

    /// <summary>Supported products whose stated range is within 2% of the recommendation on both sides.</summary>
    public int Pinned { get; init; }

    /// <summary>Of those, the share within 2% of the true optimum.</summary>
    public double SharePinnedWithin2Percent { get; init; } = double.NaN;
}
