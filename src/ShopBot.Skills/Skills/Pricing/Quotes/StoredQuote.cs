namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>A quote as it was given, so "the quote you gave me yesterday" can be found and honoured.</summary>
/// <param name="Id">Store id, shown to the shopper as the quote number.</param>
/// <param name="ConversationId">Conversation the quote was given in.</param>
/// <param name="CustomerId">Signed-in customer, if any.</param>
/// <param name="Request">What was priced (checkout re-prices this with <see cref="QuoteCalculator.CalculateForCheckout"/>).</param>
/// <param name="Quote">The quote exactly as shown.</param>
public sealed record StoredQuote(long Id, string ConversationId, string? CustomerId, QuoteRequest Request, Quote Quote);
