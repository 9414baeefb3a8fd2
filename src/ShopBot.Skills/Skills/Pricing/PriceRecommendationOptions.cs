using ShopBot.Skills.Learning.PriceOptimization;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// Constraints and evidence settings of the staff price recommendation, section <c>ShopBot:Pricing</c>.
/// </summary>
public sealed class PriceRecommendationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ShopBot:Pricing";

    /// <summary>Days of daily sales history fitted (ending yesterday). Default 730 (two years).</summary>
    public int HistoryDays { get; set; } = 730;

    /// <summary>Lowest allowed margin (p - c) / p in percent. Default 0 (never below cost).</summary>
    public double MinimumMarginPercent { get; set; }

    /// <summary>Largest move from the current price in one step, in percent; null = no limit. Default 20.</summary>
    public double? MaximumChangePercent { get; set; } = 20;

    /// <summary>Allowed fractional price endings, e.g. 0.99 and 0.49. Default none (any whole penny).</summary>
    public List<double> PriceEndings { get; set; } = [];

    /// <summary>Two-sided significance level the elasticity must reach. Default 0.05.</summary>
    public double SignificanceLevel { get; set; } = 0.05;

    /// <summary>
    /// Competitor prices or bands per product SKU (matched case-insensitively). The recommendation stays within
    /// [cheapest · (1 − <see cref="CompetitorUndercutPercent"/>%), dearest · (1 + <see cref="CompetitorPremiumPercent"/>%)]
    /// or the explicit band. Default none.
    /// </summary>
    public Dictionary<string, CompetitorPrices> Competitors { get; set; } = [];

    /// <summary>How far below the cheapest competitor the price may go, in percent. Default 5.</summary>
    public double CompetitorUndercutPercent { get; set; } = 5;

    /// <summary>How far above the dearest competitor the price may go, in percent. Default 5.</summary>
    public double CompetitorPremiumPercent { get; set; } = 5;

    /// <summary>Most products of the category fitted together when a product's own price barely moved. Default 50.</summary>
    public int MaximumPooledProducts { get; set; } = 50;

    /// <summary>Points of the profit-versus-price chart. Default 60.</summary>
    public int ChartPoints { get; set; } = 60;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (HistoryDays is < 28 or > 3650) throw new ArgumentException($"{SectionName}:{nameof(HistoryDays)} must be 28..3650, was {HistoryDays}.");
        if (ChartPoints is < 10 or > 500) throw new ArgumentException($"{SectionName}:{nameof(ChartPoints)} must be 10..500, was {ChartPoints}.");
        if (MaximumPooledProducts is < 2 or > 1000) throw new ArgumentException($"{SectionName}:{nameof(MaximumPooledProducts)} must be 2..1000, was {MaximumPooledProducts}.");
        if (!(CompetitorUndercutPercent >= 0 && CompetitorUndercutPercent < 100)) throw new ArgumentException($"{SectionName}:{nameof(CompetitorUndercutPercent)} must be in [0, 100), was {CompetitorUndercutPercent}.");
        if (!(CompetitorPremiumPercent >= 0) || double.IsInfinity(CompetitorPremiumPercent)) throw new ArgumentException($"{SectionName}:{nameof(CompetitorPremiumPercent)} must be zero or more, was {CompetitorPremiumPercent}.");
        foreach (var (sku, competitors) in Competitors)
        {
            if (competitors is null) throw new ArgumentException($"{SectionName}:Competitors:{sku} is empty.");
            competitors.Validate(sku);
        }
        ToOptimizerOptions().Validate();
    }

    /// <summary>The competitor band of the product with <paramref name="sku"/>; (null, null) when none is configured.</summary>
    public (double? Minimum, double? Maximum) CompetitorBounds(string? sku)
    {
        if (sku is null) return (null, null);
        foreach (var (key, competitors) in Competitors)
            if (string.Equals(key, sku, StringComparison.OrdinalIgnoreCase)) return competitors.Bounds(CompetitorUndercutPercent, CompetitorPremiumPercent);
        return (null, null);
    }

    /// <summary>The optimiser settings these options stand for.</summary>
    public PricingOptions ToOptimizerOptions() => new()
    {
        MinimumMarginPercent = MinimumMarginPercent,
        MaximumChangePercent = MaximumChangePercent,
        PriceEndings = PriceEndings.ToArray(),
        SignificanceLevel = SignificanceLevel,
    };
}
