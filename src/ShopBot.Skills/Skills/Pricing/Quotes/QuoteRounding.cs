namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>Where money is rounded to the currency's minor unit.</summary>
public enum QuoteRounding
{
    /// <summary>Each line's amounts are rounded; the subtotal and line discounts are sums of rounded lines (what an invoice shows adds up).</summary>
    PerLine,

    /// <summary>Lines are shown rounded, but the subtotal and line discounts are rounded once from their exact sums.</summary>
    PerTotal,
}
