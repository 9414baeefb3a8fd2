namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Why something the shopper offered was left out of a quote.</summary>
public enum QuoteRejectionReason
{
    /// <summary>No coupon has that code.</summary>
    UnknownCoupon,

    /// <summary>The coupon's validity window has not started.</summary>
    CouponNotYetValid,

    /// <summary>The coupon's validity window has ended.</summary>
    CouponExpired,

    /// <summary>The goods after line discounts are below the coupon's minimum order.</summary>
    BelowMinimumOrder,

    /// <summary>A single-use coupon needs a known customer.</summary>
    CouponNeedsCustomer,

    /// <summary>The customer has already redeemed this single-use coupon.</summary>
    CouponAlreadyUsed,

    /// <summary>The coupon cannot be combined with a promotion already on the order.</summary>
    CouponNotCombinable,

    /// <summary>Another coupon is already applied; one per quote.</summary>
    OneCouponPerQuote,
}
