namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Expected daily results at one price: units D(p), revenue p * D(p), profit (p - c) * D(p) - fixed cost.</summary>
public sealed record PriceOutcome(double Price, double Units, double Revenue, double Profit);
