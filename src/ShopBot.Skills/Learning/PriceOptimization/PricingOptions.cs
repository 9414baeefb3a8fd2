namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Constraints on a recommended price and the evidence needed before recommending one.</summary>
public sealed class PricingOptions
{
    /// <summary>Lowest allowed margin (p - c) / p, in percent. Default 0 (never sell below cost).</summary>
    public double MinimumMarginPercent { get; set; }

    /// <summary>Largest allowed move from the current price in one step, in percent; null = no limit. Default 20.</summary>
    public double? MaximumChangePercent { get; set; } = 20;

    /// <summary>
    /// Allowed fractional parts of a price, e.g. 0.99, 0.95, 0.49. The feasible price with an allowed ending and the
    /// highest expected profit wins. Empty (the default) = any whole cent.
    /// </summary>
    public IReadOnlyList<double> PriceEndings { get; set; } = [];

    /// <summary>The price coefficient must be significant at this two-sided level. Default 0.05.</summary>
    public double SignificanceLevel { get; set; } = 0.05;

    /// <summary>Fewer regression rows than this and no recommendation is made. Default 56 (eight weeks).</summary>
    public int MinimumObservations { get; set; } = 56;

    /// <summary>Standard deviation of log price a product's own fit needs (pooled fits are exempt). Default 0.03.</summary>
    public double MinimumPriceVariation { get; set; } = 0.03;

    /// <summary>Largest share of zero-sales days dropped from a log-log fit before it is distrusted. Default 0.2.</summary>
    public double MaximumZeroSalesShare { get; set; } = 0.2;

    /// <summary>Normal quantile of the confidence range (optimum under coefficient +/- z * SE). Default 1.96 (95%).</summary>
    public double ConfidenceZ { get; set; } = 1.96;

    /// <summary>
    /// Refuse when the upper confidence limit of the price coefficient has no finite optimum (elasticity limit &gt;= -1, or
    /// linear slope limit &gt;= 0): the data then cannot rule out that a higher price always earns more. Default true.
    /// </summary>
    public bool RequireBoundedConfidenceRange { get; set; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (!(MinimumMarginPercent >= 0 && MinimumMarginPercent < 100)) throw new ArgumentException($"{nameof(MinimumMarginPercent)} must be in [0, 100), was {MinimumMarginPercent}.");
        if (MaximumChangePercent is { } change && !(change > 0)) throw new ArgumentException($"{nameof(MaximumChangePercent)} must be positive or null, was {change}.");
        foreach (double ending in PriceEndings)
            if (!(ending >= 0 && ending < 1)) throw new ArgumentException($"{nameof(PriceEndings)} are fractional parts in [0, 1), got {ending}.");
        if (!(SignificanceLevel > 0 && SignificanceLevel < 1)) throw new ArgumentException($"{nameof(SignificanceLevel)} must be in (0, 1).");
        if (MinimumObservations < 0) throw new ArgumentException($"{nameof(MinimumObservations)} must be zero or more.");
        if (!(MinimumPriceVariation >= 0)) throw new ArgumentException($"{nameof(MinimumPriceVariation)} must be zero or more.");
        if (!(MaximumZeroSalesShare >= 0 && MaximumZeroSalesShare <= 1)) throw new ArgumentException($"{nameof(MaximumZeroSalesShare)} must be in [0, 1].");
        if (!(ConfidenceZ > 0)) throw new ArgumentException($"{nameof(ConfidenceZ)} must be positive.");
    }
}
