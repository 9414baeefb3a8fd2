namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>What the optimiser needs besides the demand curve.</summary>
/// <param name="UnitCost">Variable cost of one unit; NaN or negative means the cost is missing and nothing is recommended.</param>
/// <param name="CurrentPrice">Today's price, the base of the per-step change limit and of the reported changes.</param>
/// <param name="FixedCost">Fixed cost per day, subtracted from profit (does not move the optimum).</param>
/// <param name="CompetitorMinimum">Do not go below this price (e.g. the cheapest competitor's price minus a tolerance); null = no bound.</param>
/// <param name="CompetitorMaximum">Do not go above this price; null = no bound.</param>
public sealed record PricingRequest(
    double UnitCost,
    double CurrentPrice,
    double FixedCost = 0,
    double? CompetitorMinimum = null,
    double? CompetitorMaximum = null);
