namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Sales tax of one region: a percentage of the discounted goods and, when <paramref name="TaxesShipping"/>, of shipping.</summary>
/// <param name="Region">Region code, matched case-insensitively.</param>
/// <param name="RatePercent">Tax rate in percent (8.25 = 8.25%).</param>
/// <param name="TaxesShipping">True when shipping is taxable in the region.</param>
public sealed record TaxRate(string Region, decimal RatePercent, bool TaxesShipping = false);
