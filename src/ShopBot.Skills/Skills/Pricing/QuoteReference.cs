namespace ShopBot.Skills.Skills.Pricing;

/// <summary>A shopper's reference to a quote given earlier.</summary>
/// <param name="Id">The quote number ("Q-12"), or null for "my last quote".</param>
public sealed record QuoteReference(long? Id);
