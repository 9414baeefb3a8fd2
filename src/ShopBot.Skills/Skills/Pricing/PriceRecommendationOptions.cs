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

    /// <summary>Points of the profit-versus-price chart. Default 60.</summary>
    public int ChartPoints { get; set; } = 60;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (HistoryDays is < 28 or > 3650) throw new ArgumentException($"{SectionName}:{nameof(HistoryDays)} must be 28..3650, was {HistoryDays}.");
        if (ChartPoints is < 10 or > 500) throw new ArgumentException($"{SectionName}:{nameof(ChartPoints)} must be 10..500, was {ChartPoints}.");
        ToOptimizerOptions().Validate();
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
