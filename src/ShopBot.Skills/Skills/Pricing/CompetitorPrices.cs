namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// What competitors charge for one product (configuration, under <c>ShopBot:Pricing:Competitors:&lt;SKU&gt;</c>): their
/// observed prices, or an explicit band, or both (an explicit bound wins over the one derived from the prices).
/// </summary>
public sealed class CompetitorPrices
{
    /// <summary>Competitors' current prices in pounds. Empty = none observed.</summary>
    public List<double> Prices { get; set; } = [];

    /// <summary>Explicit lowest allowed price in pounds; null = derived from <see cref="Prices"/> (or no bound).</summary>
    public double? Minimum { get; set; }

    /// <summary>Explicit highest allowed price in pounds; null = derived from <see cref="Prices"/> (or no bound).</summary>
    public double? Maximum { get; set; }

    /// <summary>
    /// The band the recommendation must stay in: [cheapest · (1 − undercut%), dearest · (1 + premium%)] from the prices,
    /// replaced by <see cref="Minimum"/>/<see cref="Maximum"/> where those are set. Null where there is no bound.
    /// </summary>
    public (double? Minimum, double? Maximum) Bounds(double undercutPercent, double premiumPercent)
    {
        double? low = Minimum, high = Maximum;
        if (Prices.Count > 0)
        {
            low ??= Prices.Min() * (1 - undercutPercent / 100);
            high ??= Prices.Max() * (1 + premiumPercent / 100);
        }
        return (low, high);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="sku"/> when a price or bound is not positive or the band is empty.</summary>
    public void Validate(string sku)
    {
        foreach (double price in Prices)
            if (!(price > 0) || double.IsInfinity(price)) throw new ArgumentException($"{PriceRecommendationOptions.SectionName}:Competitors:{sku}: prices must be positive, got {price}.");
        if (Minimum is { } min && (!(min > 0) || double.IsInfinity(min))) throw new ArgumentException($"{PriceRecommendationOptions.SectionName}:Competitors:{sku}:{nameof(Minimum)} must be positive, was {min}.");
        if (Maximum is { } max && (!(max > 0) || double.IsInfinity(max))) throw new ArgumentException($"{PriceRecommendationOptions.SectionName}:Competitors:{sku}:{nameof(Maximum)} must be positive, was {max}.");
        if (Minimum is { } lo && Maximum is { } hi && lo > hi) throw new ArgumentException($"{PriceRecommendationOptions.SectionName}:Competitors:{sku}: {nameof(Minimum)} {lo} is above {nameof(Maximum)} {hi}.");
    }
}
