namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Something the shopper offered that the quote does not use, and why.</summary>
/// <param name="Item">What was rejected, e.g. the coupon code.</param>
/// <param name="Reason">Machine-readable reason.</param>
/// <param name="Message">One sentence for the reply.</param>
public sealed record QuoteRejection(string Item, QuoteRejectionReason Reason, string Message);
