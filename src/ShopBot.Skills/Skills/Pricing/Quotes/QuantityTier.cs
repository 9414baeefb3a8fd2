namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>A volume discount: lines of at least <paramref name="MinimumQuantity"/> units get <paramref name="DiscountPercent"/> off.</summary>
/// <param name="MinimumQuantity">Smallest quantity of one product that earns the tier.</param>
/// <param name="DiscountPercent">Percent off (5 = 5%), applied after any promotion. The highest tier reached wins; tiers do not add up.</param>
public sealed record QuantityTier(int MinimumQuantity, decimal DiscountPercent);
