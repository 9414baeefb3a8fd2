using ShopBot.Skills.Skills.Pricing.Quotes;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// Quote rules of the shopper price-quote skill, section <c>ShopBot:Quotes</c>. The defaults are an illustrative
/// table for the demo shop (prices in GBP); a real shop configures its own. Lists bound from configuration replace
/// nothing: set <see cref="UseDefaultTables"/> to false to use only configured regions and currencies.
/// </summary>
public sealed class PriceQuoteOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ShopBot:Quotes";

    /// <summary>Currency of the shop's prices and of the tables below. Default GBP.</summary>
    public string BaseCurrency { get; set; } = "GBP";

    /// <summary>Region used when the message names none. Default "UK".</summary>
    public string DefaultRegion { get; set; } = "UK";

    /// <summary>Shipping method quoted. Default "standard".</summary>
    public string ShippingMethod { get; set; } = "standard";

    /// <summary>How long a quote is valid. Default 24 hours.</summary>
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How far back "my last quote" looks, in days. Default 90.</summary>
    public int RetrievalDays { get; set; } = 90;

    /// <summary>Largest quantity quoted; more is refused as a likely typo. Default 10,000.</summary>
    public int MaximumQuantity { get; set; } = 10_000;

    /// <summary>Include the built-in demo regions, currencies and tiers. Default true.</summary>
    public bool UseDefaultTables { get; set; } = true;

    /// <summary>Extra (or, without the defaults, all) destinations.</summary>
    public List<QuoteRegion> Regions { get; set; } = [];

    /// <summary>Extra (or all) currencies besides the base currency.</summary>
    public List<QuoteCurrency> Currencies { get; set; } = [];

    /// <summary>Extra (or all) quantity tiers.</summary>
    public List<QuantityTier> QuantityTiers { get; set; } = [];

    /// <summary>Coupon codes shoppers may use. Default none (only configured codes exist; they are never in the default tables).</summary>
    public List<QuoteCoupon> Coupons { get; set; } = [];

    /// <summary>The demo tables: UK, Ireland, Germany, France, Texas, California, New York, Canada.</summary>
    public static IReadOnlyList<QuoteRegion> DefaultRegions { get; } =
    [
        new() { Name = "UK", Aliases = ["United Kingdom", "Britain", "England", "Scotland", "Wales", "London"], ShippingFlat = 3.99m, FreeShippingThreshold = 50m, TaxPercent = 20m, TaxesShipping = true },
        new() { Name = "Ireland", ShippingFlat = 7.99m, ShippingPerItem = 0.50m, TaxPercent = 23m, TaxesShipping = true },
        new() { Name = "Germany", ShippingFlat = 8.99m, ShippingPerItem = 0.50m, TaxPercent = 19m, TaxesShipping = true },
        new() { Name = "France", ShippingFlat = 8.99m, ShippingPerItem = 0.50m, TaxPercent = 20m, TaxesShipping = true },
        new() { Name = "Texas", Aliases = ["TX"], ShippingFlat = 14.99m, ShippingPerItem = 1.00m, TaxPercent = 6.25m },
        new() { Name = "California", Aliases = ["CA"], ShippingFlat = 14.99m, ShippingPerItem = 1.00m, TaxPercent = 7.25m },
        new() { Name = "New York", Aliases = ["NY"], ShippingFlat = 14.99m, ShippingPerItem = 1.00m, TaxPercent = 4m },
        new() { Name = "Canada", ShippingFlat = 16.99m, ShippingPerItem = 1.00m, TaxPercent = 5m },
    ];

    /// <summary>Demo exchange rates per GBP.</summary>
    public static IReadOnlyList<QuoteCurrency> DefaultCurrencies { get; } =
    [
        new() { Code = "USD", Rate = 1.27m }, new() { Code = "EUR", Rate = 1.17m }, new() { Code = "CAD", Rate = 1.74m }, new() { Code = "JPY", Rate = 190m, DecimalPlaces = 0 },
    ];

    /// <summary>Demo bulk discounts: 10+ 5%, 50+ 10%, 100+ 15%.</summary>
    public static IReadOnlyList<QuantityTier> DefaultQuantityTiers { get; } = [new(10, 5m), new(50, 10m), new(100, 15m)];

    /// <summary>The regions in force.</summary>
    public IReadOnlyList<QuoteRegion> AllRegions => UseDefaultTables ? [.. DefaultRegions, .. Regions] : Regions;

    /// <summary>The currencies in force.</summary>
    public IReadOnlyList<QuoteCurrency> AllCurrencies => UseDefaultTables ? [.. DefaultCurrencies, .. Currencies] : Currencies;

    /// <summary>The quantity tiers in force.</summary>
    public IReadOnlyList<QuantityTier> AllQuantityTiers => UseDefaultTables ? [.. DefaultQuantityTiers, .. QuantityTiers] : QuantityTiers;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (AllRegions.Count == 0) throw new ArgumentException($"{SectionName}:{nameof(Regions)} needs at least one region.");
        if (!AllRegions.Any(r => string.Equals(r.Name, DefaultRegion, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"{SectionName}:{nameof(DefaultRegion)} '{DefaultRegion}' is not one of the regions.");
        if (RetrievalDays is < 1 or > 3650) throw new ArgumentException($"{SectionName}:{nameof(RetrievalDays)} must be 1..3650, was {RetrievalDays}.");
        if (string.IsNullOrWhiteSpace(ShippingMethod)) throw new ArgumentException($"{SectionName}:{nameof(ShippingMethod)} is empty.");
        new QuoteOptions { BaseCurrency = BaseCurrency, ValidFor = ValidFor, MaximumQuantity = MaximumQuantity }.Validate();
        Rules([]).Validate(BaseCurrency);
    }

    /// <summary>The quote engine's tables for <paramref name="products"/> (plus promotions, when given).</summary>
    public QuoteRules Rules(IReadOnlyList<QuoteProduct> products, IReadOnlyList<Quotes.Promotion>? promotions = null) => new()
    {
        Products = products,
        Promotions = promotions ?? [],
        QuantityTiers = AllQuantityTiers,
        ShippingRates = AllRegions.Select(r => new ShippingRate(r.Name, ShippingMethod, r.ShippingFlat, r.ShippingPerItem, 0m, r.FreeShippingThreshold)).ToArray(),
        TaxRates = AllRegions.Select(r => new TaxRate(r.Name, r.TaxPercent, r.TaxesShipping)).ToArray(),
        Currencies = AllCurrencies.Select(c => new CurrencyRate(c.Code, c.Rate, c.DecimalPlaces)).ToArray(),
        Coupons = Coupons.Select(c => (c ?? throw new ArgumentException($"{SectionName}:Coupons has an empty entry.")).ToCoupon()).ToArray(),
    };
}
