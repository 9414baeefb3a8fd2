namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>One row of the configured exchange-rate table (base currency USD).</summary>
/// <param name="Code">ISO 4217 code, matched case-insensitively.</param>
/// <param name="UnitsPerUsd">How many units of this currency one US dollar buys.</param>
/// <param name="DecimalPlaces">Minor-unit digits amounts are rounded to (2 for EUR, 0 for JPY).</param>
public sealed record CurrencyRate(string Code, decimal UnitsPerUsd, int DecimalPlaces = 2);
