using ShopBot.Skills.Skills.Pricing.Quotes;

namespace ShopBot.Skills.Tests.Quotes;

/// <summary>A small shop whose numbers the tests work through by hand.</summary>
internal static class QuoteFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset InSpringSale = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    public static QuoteRules Rules() => new()
    {
        Products =
        [
            new("notebook", "Notebook A5", 4.99m, 0.25m),
            new("lamp", "Desk lamp", 39.90m, 1.2m),
            new("pen", "Gel pen", 1.15m, 0.02m),
            new("clip", "Binder clip", 1.13m, 0.01m),
            new("tag", "Luggage tag", 1.13m, 0.01m),
        ],
        QuantityTiers = [new(10, 5m), new(25, 10m)],
        Promotions =
        [
            new("SPRING", "Spring sale", DiscountKind.Percent, 20m,
                new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), ["lamp"]),
            new("PENS", "Pen deal", DiscountKind.Fixed, 0.15m, ProductIds: ["pen"]),
        ],
        Coupons =
        [
            new("SAVE10", DiscountKind.Percent, 10m, Year(2026), Year(2027), MinimumOrder: 50m),
            new("FIVER", DiscountKind.Fixed, 5m, Year(2026), Year(2027), SingleUsePerCustomer: true),
            new("NOPROMO", DiscountKind.Percent, 15m, Year(2026), Year(2027), CombinableWithPromotions: false),
            new("OLD", DiscountKind.Percent, 50m, Year(2025), Year(2026)),
            new("XMAS", DiscountKind.Percent, 25m, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), Year(2027)),
        ],
        ShippingRates =
        [
            new("US-TX", "standard", 5m, PerItem: 0.10m, FreeShippingThreshold: 100m),
            new("US-TX", "express", 15m, PerKg: 2.00m),
            new("DE", "standard", 9m),
            new("US-NV", "standard", 6m),
        ],
        TaxRates = [new("US-TX", 8.25m), new("DE", 19m, TaxesShipping: true)],
        Currencies = [new("EUR", 0.92m), new("JPY", 151.5m, 0)],
    };

    public static QuoteCalculator Calculator(FixedTimeProvider? time = null, QuoteOptions? options = null, ICouponRedemptions? redemptions = null) =>
        new(Rules(), options, time ?? new FixedTimeProvider(Now), redemptions);

    public static QuoteRequest Request(string product, int quantity, string region = "US-TX", string method = "standard", string currency = "USD", string[]? coupons = null, string? customer = null) =>
        new([new QuoteRequestLine(product, quantity)], region, method, currency, coupons, customer);

    private static DateTimeOffset Year(int year) => new(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
