namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>How a promotion or coupon amount is read.</summary>
public enum DiscountKind
{
    /// <summary>Amount is a percentage (10 = 10% off).</summary>
    Percent,

    /// <summary>Amount is money in USD: per unit for a promotion, per order for a coupon.</summary>
    Fixed,
}
