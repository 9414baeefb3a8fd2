namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Recovery over many products. Means are over the products that have the figure (supported ones for the price gap).</summary>
/// <param name="ElasticityMape">Mean absolute percentage error of the fitted elasticities, in percent.</param>
/// <param name="PriceGapMape">Mean absolute percentage gap between recommended and true optimal prices, in percent.</param>
/// <param name="ShareElasticityWithin10Percent">Share of fitted products whose elasticity is within 10% of the truth.</param>
/// <param name="SharePriceWithin2Percent">Share of supported products whose price is within 2% of the true optimum.</param>
/// <param name="Supported">Products that got a recommendation.</param>
/// <param name="Products">Per-product figures.</param>
public sealed record PriceRecoveryReport(
    double ElasticityMape,
    double PriceGapMape,
    double ShareElasticityWithin10Percent,
    double SharePriceWithin2Percent,
    int Supported,
    IReadOnlyList<ProductRecovery> Products)
{
    /// <summary>Share of supported products whose stated 95% range of the optimal price contains the true optimum (calibration).</summary>
    public double OptimumCoverage { get; init; } = double.NaN;

    /// <summary>Supported products whose stated 95% range is within 2% of the recommended price on both sides.</summary>
    public int Pinned { get; init; }

    /// <summary>Of those, the share whose recommended price is within 2% of the true optimum.</summary>
    public double SharePinnedWithin2Percent { get; init; } = double.NaN;
}
