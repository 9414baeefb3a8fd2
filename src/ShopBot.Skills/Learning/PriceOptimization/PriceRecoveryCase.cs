namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>A product whose true constant elasticity is known (simulated or generated), for measuring recovery.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="History">Daily history to fit.</param>
/// <param name="TrueElasticity">The elasticity the history was generated with.</param>
/// <param name="UnitCost">Unit cost; the true optimum is UnitCost * e / (1 + e).</param>
/// <param name="Category">Category of the product; when given, a product with too little own price variation is fitted
/// pooled with the other cases of its category (<see cref="DemandTrainer.FitWithCategoryFallback"/>). Null = own fit only.</param>
public sealed record PriceRecoveryCase(string ProductId, IReadOnlyList<DemandObservation> History, double TrueElasticity, double UnitCost, string? Category = null);
