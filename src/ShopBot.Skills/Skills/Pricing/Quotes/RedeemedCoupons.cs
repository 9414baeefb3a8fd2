namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>One customer's redeemed coupon codes, read from the <see cref="QuoteStore"/> before a quote is priced.</summary>
internal sealed class RedeemedCoupons(string owner, IReadOnlySet<string> codes) : ICouponRedemptions
{
    /// <inheritdoc />
    public bool HasRedeemed(string customerId, string couponCode) =>
        string.Equals(customerId, owner, StringComparison.Ordinal) && codes.Contains(couponCode.Trim());
}
