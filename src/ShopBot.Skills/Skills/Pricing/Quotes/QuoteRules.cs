namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>The shop's pricing tables the quote engine reads. Every amount is in the base currency, USD.</summary>
public sealed class QuoteRules
{
    /// <summary>Products that can be quoted.</summary>
    public IReadOnlyList<QuoteProduct> Products { get; init; } = [];

    /// <summary>Volume discounts per line.</summary>
    public IReadOnlyList<QuantityTier> QuantityTiers { get; init; } = [];

    /// <summary>Promotions; only those running at the pricing instant apply.</summary>
    public IReadOnlyList<Promotion> Promotions { get; init; } = [];

    /// <summary>Coupon codes.</summary>
    public IReadOnlyList<Coupon> Coupons { get; init; } = [];

    /// <summary>Shipping rates by region and method.</summary>
    public IReadOnlyList<ShippingRate> ShippingRates { get; init; } = [];

    /// <summary>Tax rates by region; a region with a shipping rate but no tax row is an error, not tax-free.</summary>
    public IReadOnlyList<TaxRate> TaxRates { get; init; } = [];

    /// <summary>Exchange rates. USD is always available at 1 with 2 decimals; a USD row here overrides nothing and is rejected.</summary>
    public IReadOnlyList<CurrencyRate> Currencies { get; init; } = [];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad entry.</summary>
    public void Validate(string baseCurrency = "USD")
    {
        Unique(Products.Select(p => p.Id), "product id");
        foreach (var p in Products)
        {
            if (string.IsNullOrWhiteSpace(p.Id)) throw new ArgumentException("A product has no id.");
            if (p.UnitPrice < 0 || p.WeightKg < 0) throw new ArgumentException($"Product '{p.Id}' has a negative price or weight.");
        }
        Unique(QuantityTiers.Select(t => t.MinimumQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture)), "quantity tier");
        foreach (var t in QuantityTiers)
            if (t.MinimumQuantity < 1 || t.DiscountPercent is < 0 or > 100) throw new ArgumentException($"Quantity tier {t.MinimumQuantity}+ needs a minimum of 1 or more and a discount in [0, 100].");
        foreach (var p in Promotions)
            CheckAmount(p.Kind, p.Amount, $"promotion '{p.Id}'");
        Unique(Coupons.Select(c => c.Code), "coupon code");
        foreach (var c in Coupons)
        {
            CheckAmount(c.Kind, c.Amount, $"coupon '{c.Code}'");
            if (c.ValidUntil <= c.ValidFrom) throw new ArgumentException($"Coupon '{c.Code}' expires before it starts.");
            if (c.MinimumOrder < 0) throw new ArgumentException($"Coupon '{c.Code}' has a negative minimum order.");
        }
        Unique(ShippingRates.Select(s => s.Region + "/" + s.Method), "shipping region/method");
        foreach (var s in ShippingRates)
            if (s.Flat < 0 || s.PerItem < 0 || s.PerKg < 0 || s.FreeShippingThreshold < 0) throw new ArgumentException($"Shipping rate {s.Region}/{s.Method} has a negative amount.");
        Unique(TaxRates.Select(t => t.Region), "tax region");
        foreach (var t in TaxRates)
            if (t.RatePercent is < 0 or > 100) throw new ArgumentException($"Tax rate of {t.Region} must be in [0, 100].");
        Unique(Currencies.Select(c => c.Code).Append(baseCurrency), "currency");
        foreach (var c in Currencies)
            if (c.UnitsPerUsd <= 0 || c.DecimalPlaces is < 0 or > 4) throw new ArgumentException($"Currency '{c.Code}' needs a positive rate and 0-4 decimal places.");
    }

    private static void CheckAmount(DiscountKind kind, decimal amount, string what)
    {
        if (amount < 0 || (kind == DiscountKind.Percent && amount > 100)) throw new ArgumentException($"The amount of {what} is out of range.");
    }

    private static void Unique(IEnumerable<string> keys, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
            if (!seen.Add(key)) throw new ArgumentException($"Duplicate {what} '{key}'.");
    }
}
