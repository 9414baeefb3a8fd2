namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>
/// A priced order, in <see cref="Currency"/>. Total = Subtotal - Discounts + Shipping + Tax exactly, and
/// Discounts = LineDiscounts + CouponDiscount.
/// </summary>
/// <param name="Lines">Line items.</param>
/// <param name="Subtotal">Goods at list price.</param>
/// <param name="LineDiscounts">Promotion and quantity-tier discounts.</param>
/// <param name="CouponDiscount">The coupon's discount; 0 without one.</param>
/// <param name="Discounts">All discounts.</param>
/// <param name="Shipping">Shipping charge.</param>
/// <param name="Tax">Sales tax.</param>
/// <param name="Total">What the shopper pays.</param>
/// <param name="Currency">ISO code of every amount.</param>
/// <param name="ExchangeRate">Units of <paramref name="Currency"/> per USD used.</param>
/// <param name="QuotedAt">The pricing instant (promotions and coupons are judged at it).</param>
/// <param name="ValidUntil">Checkout honours the quote until this instant.</param>
/// <param name="AppliedCoupon">The coupon code used, if any.</param>
/// <param name="Rejected">Offered coupons left out, with reasons.</param>
public sealed record Quote(
    IReadOnlyList<QuoteLine> Lines,
    decimal Subtotal,
    decimal LineDiscounts,
    decimal CouponDiscount,
    decimal Discounts,
    decimal Shipping,
    decimal Tax,
    decimal Total,
    string Currency,
    decimal ExchangeRate,
    DateTimeOffset QuotedAt,
    DateTimeOffset ValidUntil,
    string? AppliedCoupon,
    IReadOnlyList<QuoteRejection> Rejected);
