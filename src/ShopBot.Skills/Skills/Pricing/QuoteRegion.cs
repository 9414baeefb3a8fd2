namespace ShopBot.Skills.Skills.Pricing;

/// <summary>A destination the shop quotes shipping and tax for. Amounts are in the shop's base currency.</summary>
public sealed class QuoteRegion
{
    /// <summary>Region name as shown and stored, e.g. "Texas".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Other words that name the region in a message, e.g. "TX".</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Flat shipping charge per order.</summary>
    public decimal ShippingFlat { get; set; }

    /// <summary>Shipping charge per unit.</summary>
    public decimal ShippingPerItem { get; set; }

    /// <summary>Goods total (after discounts) from which shipping is free; null = never.</summary>
    public decimal? FreeShippingThreshold { get; set; }

    /// <summary>Sales tax or VAT in percent, charged on the goods.</summary>
    public decimal TaxPercent { get; set; }

    /// <summary>True when tax is also charged on shipping.</summary>
    public bool TaxesShipping { get; set; }
}
