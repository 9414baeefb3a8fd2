using ShopBot.Skills.Skills.Pricing.Quotes;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>A coupon code from configuration (<c>ShopBot:Quotes:Coupons</c>); amounts are in the base currency.</summary>
public sealed class QuoteCoupon
{
    /// <summary>The code shoppers type, matched case-insensitively.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Percent off the goods after promotions and tiers; set this or <see cref="AmountOff"/>.</summary>
    public decimal? PercentOff { get; set; }

    /// <summary>Fixed amount off the order (capped at the goods); set this or <see cref="PercentOff"/>.</summary>
    public decimal? AmountOff { get; set; }

    /// <summary>First instant it can be used. Default: always.</summary>
    public DateTimeOffset ValidFrom { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Instant it expires (exclusive). Default: never.</summary>
    public DateTimeOffset ValidUntil { get; set; } = DateTimeOffset.MaxValue;

    /// <summary>Goods after line discounts must reach this. Default 0 (no minimum).</summary>
    public decimal MinimumOrder { get; set; }

    /// <summary>Once per customer (needs a known customer). Default false.</summary>
    public bool SingleUsePerCustomer { get; set; }

    /// <summary>False = refused when a promotion already applies. Default true.</summary>
    public bool CombinableWithPromotions { get; set; } = true;

    /// <summary>The quote engine's coupon. Throws <see cref="ArgumentException"/> unless exactly one of the two amounts is set.</summary>
    public Coupon ToCoupon()
    {
        if (string.IsNullOrWhiteSpace(Code)) throw new ArgumentException($"{PriceQuoteOptions.SectionName}:Coupons: a coupon has no code.");
        if ((PercentOff is null) == (AmountOff is null))
            throw new ArgumentException($"{PriceQuoteOptions.SectionName}:Coupons:{Code}: set exactly one of {nameof(PercentOff)} and {nameof(AmountOff)}.");
        return new Coupon(Code.Trim(), PercentOff is not null ? DiscountKind.Percent : DiscountKind.Fixed, PercentOff ?? AmountOff!.Value,
            ValidFrom, ValidUntil, MinimumOrder, SingleUsePerCustomer, CombinableWithPromotions);
    }
}
