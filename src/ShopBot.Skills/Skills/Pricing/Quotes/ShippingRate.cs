namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>
/// Shipping to one region by one method, in USD: Flat + PerItem * units + PerKg * weight, or nothing when the goods
/// after all discounts reach <paramref name="FreeShippingThreshold"/>.
/// </summary>
/// <param name="Region">Destination region code (e.g. "US-TX"), matched case-insensitively.</param>
/// <param name="Method">Shipping method (e.g. "standard", "express"), matched case-insensitively.</param>
/// <param name="Flat">Charge per order.</param>
/// <param name="PerItem">Charge per unit shipped.</param>
/// <param name="PerKg">Charge per kilogram shipped.</param>
/// <param name="FreeShippingThreshold">Discounted goods total (USD) from which shipping is free; null = never free.</param>
public sealed record ShippingRate(string Region, string Method, decimal Flat, decimal PerItem = 0m, decimal PerKg = 0m, decimal? FreeShippingThreshold = null);
