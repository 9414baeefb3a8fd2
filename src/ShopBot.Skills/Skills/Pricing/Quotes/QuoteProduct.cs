namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>A product as the quote engine sees it; prices are in the base currency (USD).</summary>
/// <param name="Id">Catalogue id (SKU), matched case-insensitively.</param>
/// <param name="Name">Shown on the quote line.</param>
/// <param name="UnitPrice">List price of one unit in USD.</param>
/// <param name="WeightKg">Shipping weight of one unit.</param>
public sealed record QuoteProduct(string Id, string Name, decimal UnitPrice, decimal WeightKg = 0m);
