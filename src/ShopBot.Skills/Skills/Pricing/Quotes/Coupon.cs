namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>A coupon code: an order-level discount on the goods after line discounts. One coupon per quote.</summary>
/// <param name="Code">The code the shopper types, matched case-insensitively.</param>
/// <param name="Kind">Percent off the discounted goods, or a fixed USD amount off the order (capped at the goods).</param>
/// <param name="Amount">The percentage or the USD amount.</param>
/// <param name="ValidFrom">First instant it can be used (inclusive).</param>
/// <param name="ValidUntil">Instant it expires (exclusive).</param>
/// <param name="MinimumOrder">Goods after line discounts, in USD, must reach this. 0 = no minimum.</param>
/// <param name="SingleUsePerCustomer">A known customer may redeem it once; anonymous shoppers cannot use it.</param>
/// <param name="CombinableWithPromotions">False = rejected when any line already has a promotion.</param>
public sealed record Coupon(
    string Code,
    DiscountKind Kind,
    decimal Amount,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    decimal MinimumOrder = 0m,
    bool SingleUsePerCustomer = false,
    bool CombinableWithPromotions = true);
