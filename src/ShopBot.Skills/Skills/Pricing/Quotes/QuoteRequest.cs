namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>What the shopper asked to be priced; checkout sends the same record.</summary>
/// <param name="Lines">Products and quantities.</param>
/// <param name="Region">Destination region code (taxes and shipping).</param>
/// <param name="ShippingMethod">Shipping method, e.g. "standard".</param>
/// <param name="Currency">Currency to quote in. Default USD.</param>
/// <param name="CouponCodes">Codes the shopper offered; the first that is valid is used, any other is rejected (one per quote).</param>
/// <param name="CustomerId">Known customer, needed by single-use coupons.</param>
public sealed record QuoteRequest(
    IReadOnlyList<QuoteRequestLine> Lines,
    string Region,
    string ShippingMethod,
    string Currency = "USD",
    IReadOnlyList<string>? CouponCodes = null,
    string? CustomerId = null);
