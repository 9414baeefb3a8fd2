namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>One product and how many of it.</summary>
public sealed record QuoteRequestLine(string ProductId, int Quantity);
