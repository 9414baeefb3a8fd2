namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Which customers have already redeemed which single-use coupons (kept by checkout).</summary>
public interface ICouponRedemptions
{
    /// <summary>True when <paramref name="customerId"/> has already redeemed <paramref name="couponCode"/>.</summary>
    bool HasRedeemed(string customerId, string couponCode);
}
