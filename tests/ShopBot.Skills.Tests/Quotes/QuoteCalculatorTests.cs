using ShopBot.Skills.Skills.Pricing.Quotes;
using static ShopBot.Skills.Tests.Quotes.QuoteFixture;

namespace ShopBot.Skills.Tests.Quotes;

public class QuoteCalculatorTests
{
    private static Quote Priced(QuoteResult result)
    {
        Assert.True(result.IsSuccess, result.Message);
        return result.Quote!;
    }

    private static void AssertSummary(Quote q, decimal subtotal, decimal discounts, decimal shipping, decimal tax, decimal total)
    {
        Assert.Equal(subtotal, q.Subtotal);
        Assert.Equal(discounts, q.Discounts);
        Assert.Equal(shipping, q.Shipping);
        Assert.Equal(tax, q.Tax);
        Assert.Equal(total, q.Total);
        Assert.Equal(q.Subtotal - q.Discounts + q.Shipping + q.Tax, q.Total);
    }

    [Fact]
    public void Calculate_QuantityTier_FreeShipping_Tax()
    {
        // 25 x 4.99 = 124.75; 25+ tier 10% = 12.475 -> 12.48; line 112.27 (exact goods 112.275).
        // Goods >= 100 -> free shipping. Tax 8.25% of 112.275 = 9.2626875 -> 9.26. Total 124.75 - 12.48 + 0 + 9.26 = 121.53.
        var q = Priced(Calculator().Calculate(Request("notebook", 25)));

        var line = Assert.Single(q.Lines);
        Assert.Equal(("notebook", "Notebook A5", 25, 4.99m, 124.75m, 12.48m, 112.27m), (line.ProductId, line.Description, line.Quantity, line.UnitPrice, line.Gross, line.Discount, line.LineTotal));
        Assert.Equal(["25+ units: 10% off"], line.AppliedDiscounts);
        AssertSummary(q, 124.75m, 12.48m, 0m, 9.26m, 121.53m);
        Assert.Equal("USD", q.Currency);
        Assert.Equal(Now, q.QuotedAt);
        Assert.Equal(Now.AddHours(24), q.ValidUntil);
        Assert.Empty(q.Rejected);
    }

    [Fact]
    public void Calculate_NoTier_BelowTenUnits_PaysShippingPerItem()
    {
        // 9 x 4.99 = 44.91, no tier. Shipping 5 + 9 x 0.10 = 5.90. Tax 44.91 x 8.25% = 3.705075 -> 3.71. Total 44.91 + 5.90 + 3.71 = 54.52.
        AssertSummary(Priced(Calculator().Calculate(Request("notebook", 9))), 44.91m, 0m, 5.90m, 3.71m, 54.52m);
    }

    [Fact]
    public void Calculate_SameProductOnTwoLines_IsMergedBeforeTiers()
    {
        // 10 + 15 notebooks = 25: the 25+ tier, exactly as the single-line quote above.
        var request = new QuoteRequest([new("notebook", 10), new("NOTEBOOK", 15)], "US-TX", "standard");
        var q = Priced(Calculator().Calculate(request));
        Assert.Equal(25, Assert.Single(q.Lines).Quantity);
        Assert.Equal(121.53m, q.Total);
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 0.57, 17.62)]
    [InlineData(MidpointRounding.ToEven, 0.56, 17.63)]
    public void Calculate_MidpointRounding_IsAnOption(MidpointRounding midpoint, double discount, double total)
    {
        // 10 x 1.13 = 11.30; 10+ tier 5% = 0.565 -> 0.57 away from zero, 0.56 to even. Exact goods 10.735.
        // Shipping 5 + 10 x 0.10 = 6.00. Tax 10.735 x 8.25% = 0.8856375 -> 0.89.
        // Totals: 11.30 - 0.57 + 6.00 + 0.89 = 17.62; 11.30 - 0.56 + 6.00 + 0.89 = 17.63.
        var q = Priced(Calculator(options: new QuoteOptions { Midpoint = midpoint }).Calculate(Request("clip", 10)));
        AssertSummary(q, 11.30m, (decimal)discount, 6.00m, 0.89m, (decimal)total);
    }

    [Theory]
    [InlineData(QuoteRounding.PerLine, 1.14, 30.23)]
    [InlineData(QuoteRounding.PerTotal, 1.13, 30.24)]
    public void Calculate_RoundingPerLineOrPerTotal(QuoteRounding rounding, double discounts, double total)
    {
        // Two lines of 10 x 1.13 = 11.30, each with a 5% discount of 0.565.
        // Per line: 0.57 + 0.57 = 1.14. Per total: round(1.13) = 1.13. Subtotal 22.60 either way.
        // Exact goods 21.47; shipping 5 + 20 x 0.10 = 7.00; tax 21.47 x 8.25% = 1.771275 -> 1.77.
        // Totals: 22.60 - 1.14 + 7.00 + 1.77 = 30.23; 22.60 - 1.13 + 7.00 + 1.77 = 30.24.
        var request = new QuoteRequest([new("clip", 10), new("tag", 10)], "US-TX", "standard");
        var q = Priced(Calculator(options: new QuoteOptions { Rounding = rounding }).Calculate(request));
        AssertSummary(q, 22.60m, (decimal)discounts, 7.00m, 1.77m, (decimal)total);
        Assert.All(q.Lines, l => Assert.Equal(0.57m, l.Discount));
    }

    [Fact]
    public void Calculate_PercentPromotion_InsideItsWindow_ExpressByWeight()
    {
        // 1 lamp 39.90 in the spring sale: 20% = 7.98; line 31.92. Express: 15 + 2.00 x 1.2 kg = 17.40.
        // Tax 31.92 x 8.25% = 2.6334 -> 2.63. Total 39.90 - 7.98 + 17.40 + 2.63 = 51.95.
        var q = Priced(Calculator(new FixedTimeProvider(InSpringSale)).Calculate(Request("lamp", 1, method: "express")));
        Assert.Equal(["Spring sale: 20% off"], q.Lines[0].AppliedDiscounts);
        AssertSummary(q, 39.90m, 7.98m, 17.40m, 2.63m, 51.95m);
    }

    [Fact]
    public void Calculate_PromotionEnd_IsExclusive()
    {
        // At 2026-04-01 00:00 the sale is over: 39.90 + 17.40 + 39.90 x 8.25% (3.29175 -> 3.29) = 60.59.
        var end = new FixedTimeProvider(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        AssertSummary(Priced(Calculator(end).Calculate(Request("lamp", 1, method: "express"))), 39.90m, 0m, 17.40m, 3.29m, 60.59m);
    }

    [Fact]
    public void Calculate_PromotionThenTier_Stack()
    {
        // 25 lamps in the sale: gross 997.50; promotion 25 x 7.98 = 199.50; tier 10% of 798.00 = 79.80; discount 279.30; line 718.20.
        // Free shipping; tax 718.20 x 8.25% = 59.2515 -> 59.25. Total 997.50 - 279.30 + 59.25 = 777.45.
        var q = Priced(Calculator(new FixedTimeProvider(InSpringSale)).Calculate(Request("lamp", 25)));
        Assert.Equal(["Spring sale: 20% off", "25+ units: 10% off"], q.Lines[0].AppliedDiscounts);
        AssertSummary(q, 997.50m, 279.30m, 0m, 59.25m, 777.45m);
    }

    [Fact]
    public void Calculate_FixedPerUnitPromotion_ThenTier()
    {
        // 12 pens x 1.15 = 13.80; 0.15 off each = 1.80; tier 5% of 12.00 = 0.60; discount 2.40; line 11.40.
        // Shipping 5 + 12 x 0.10 = 6.20; tax 11.40 x 8.25% = 0.9405 -> 0.94. Total 13.80 - 2.40 + 6.20 + 0.94 = 18.54.
        AssertSummary(Priced(Calculator().Calculate(Request("pen", 12))), 13.80m, 2.40m, 6.20m, 0.94m, 18.54m);
    }

    [Fact]
    public void Calculate_PercentCoupon_OnDiscountedGoods()
    {
        // 25 notebooks: goods 112.275 (see above). SAVE10: 11.2275 -> 11.23. After coupon 101.0475 >= 100: free shipping.
        // Tax 101.0475 x 8.25% = 8.33641875 -> 8.34. Total 124.75 - (12.48 + 11.23) + 0 + 8.34 = 109.38.
        var q = Priced(Calculator().Calculate(Request("notebook", 25, coupons: ["save10"])));
        Assert.Equal("SAVE10", q.AppliedCoupon);
        Assert.Equal(11.23m, q.CouponDiscount);
        Assert.Equal(12.48m, q.LineDiscounts);
        AssertSummary(q, 124.75m, 23.71m, 0m, 8.34m, 109.38m);
    }

    [Fact]
    public void Calculate_CouponCanPushGoodsBelowTheFreeShippingThreshold()
    {
        // 23 notebooks: 114.77; tier 5% = 5.7385 -> 5.74; goods 109.0315. SAVE10: 10.90315 -> 10.90; after 98.12835 < 100:
        // shipping 5 + 23 x 0.10 = 7.30. Tax 98.12835 x 8.25% = 8.095588875 -> 8.10. Total 114.77 - 16.64 + 7.30 + 8.10 = 113.53.
        var q = Priced(Calculator().Calculate(Request("notebook", 23, coupons: ["SAVE10"])));
        AssertSummary(q, 114.77m, 16.64m, 7.30m, 8.10m, 113.53m);
    }

    [Fact]
    public void Calculate_FixedCoupon_IsCappedAtTheGoods_ForASignedInCustomer()
    {
        // 1 notebook 4.99; FIVER 5.00 capped at 4.99; goods 0. Shipping 5 + 0.10 = 5.10 (no tax on shipping in TX). Total 5.10.
        var q = Priced(Calculator().Calculate(Request("notebook", 1, coupons: ["FIVER"], customer: "c1")));
        AssertSummary(q, 4.99m, 4.99m, 5.10m, 0m, 5.10m);
    }

    [Fact]
    public void Calculate_OneCouponPerQuote_FirstValidWins()
    {
        var q = Priced(Calculator().Calculate(Request("notebook", 25, coupons: ["OLD", "SAVE10", "FIVER"], customer: "c1")));
        Assert.Equal("SAVE10", q.AppliedCoupon);
        Assert.Equal(109.38m, q.Total);
        Assert.Equal([("OLD", QuoteRejectionReason.CouponExpired), ("FIVER", QuoteRejectionReason.OneCouponPerQuote)], q.Rejected.Select(r => (r.Item, r.Reason)));
    }

    [Theory]
    [InlineData("notebook", 1, "SAVE10", null, QuoteRejectionReason.BelowMinimumOrder)]
    [InlineData("notebook", 25, "NOPE", null, QuoteRejectionReason.UnknownCoupon)]
    [InlineData("notebook", 25, "OLD", null, QuoteRejectionReason.CouponExpired)]
    [InlineData("notebook", 25, "XMAS", null, QuoteRejectionReason.CouponNotYetValid)]
    [InlineData("notebook", 25, "FIVER", null, QuoteRejectionReason.CouponNeedsCustomer)]
    [InlineData("notebook", 25, "FIVER", "used", QuoteRejectionReason.CouponAlreadyUsed)]
    [InlineData("pen", 12, "NOPROMO", null, QuoteRejectionReason.CouponNotCombinable)]
    public void Calculate_RejectsCouponMisuse_AndStillQuotes(string product, int quantity, string code, string? customer, QuoteRejectionReason reason)
    {
        var calculator = Calculator(redemptions: new Redeemed("used", "FIVER"));
        var withCoupon = Priced(calculator.Calculate(Request(product, quantity, coupons: [code], customer: customer)));
        var without = Priced(calculator.Calculate(Request(product, quantity, customer: customer)));

        var rejection = Assert.Single(withCoupon.Rejected);
        Assert.Equal((code, reason), (rejection.Item, rejection.Reason));
        Assert.Contains(code, rejection.Message);
        Assert.Null(withCoupon.AppliedCoupon);
        Assert.Equal(without.Total, withCoupon.Total);
    }

    [Fact]
    public void Calculate_NonCombinableCoupon_AppliesWithoutPromotions()
    {
        // 25 notebooks, NOPROMO 15% of 112.275 = 16.84125 -> 16.84; after 95.43375 < 100: shipping 5 + 2.50 = 7.50.
        // Tax 95.43375 x 8.25% = 7.873284375 -> 7.87. Total 124.75 - (12.48 + 16.84) + 7.50 + 7.87 = 110.80.
        var q = Priced(Calculator().Calculate(Request("notebook", 25, coupons: ["NOPROMO"])));
        AssertSummary(q, 124.75m, 29.32m, 7.50m, 7.87m, 110.80m);
    }

    [Fact]
    public void Calculate_TaxOnShipping_WhereTheRegionTaxesIt()
    {
        // 1 lamp to DE: 39.90 + shipping 9.00; tax 19% of 48.90 = 9.291 -> 9.29. Total 58.19.
        AssertSummary(Priced(Calculator().Calculate(Request("lamp", 1, region: "de"))), 39.90m, 0m, 9.00m, 9.29m, 58.19m);
    }

    [Fact]
    public void Calculate_ConvertsAtTheEnd_ToEuro()
    {
        // 25 notebooks at 0.92 EUR/USD: unit 4.5908 -> 4.59; gross 114.77; discount 12.475 x 0.92 = 11.477 -> 11.48; line 103.29.
        // Tax 9.2626875 x 0.92 = 8.5216725 -> 8.52. Total 114.77 - 11.48 + 0 + 8.52 = 111.81.
        var q = Priced(Calculator().Calculate(Request("notebook", 25, currency: "eur")));
        Assert.Equal(("EUR", 0.92m), (q.Currency, q.ExchangeRate));
        Assert.Equal((4.59m, 114.77m, 11.48m, 103.29m), (q.Lines[0].UnitPrice, q.Lines[0].Gross, q.Lines[0].Discount, q.Lines[0].LineTotal));
        AssertSummary(q, 114.77m, 11.48m, 0m, 8.52m, 111.81m);
    }

    [Fact]
    public void Calculate_ConvertsToYen_WithNoMinorUnit()
    {
        // 1 lamp, 151.5 JPY/USD: 39.90 -> 6044.85 -> 6045; shipping 5.10 -> 772.65 -> 773; tax 3.29175 -> 498.700125 -> 499.
        // Total 6045 + 773 + 499 = 7317.
        AssertSummary(Priced(Calculator().Calculate(Request("lamp", 1, currency: "JPY"))), 6045m, 0m, 773m, 499m, 7317m);
    }

    [Fact]
    public void CalculateForCheckout_ChargesTheQuote_WhileItIsValid()
    {
        // Quoted on 31 March 20:00 during the sale (51.95, see above); the sale ends at midnight, checkout at 10:00 next day.
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero));
        var calculator = Calculator(clock);
        var request = Request("lamp", 1, method: "express");
        var quote = Priced(calculator.Calculate(request));
        Assert.Equal(51.95m, quote.Total);

        clock.Now = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);
        var checkout = Priced(calculator.CalculateForCheckout(request, quote));
        Assert.Equal(quote.Total, checkout.Total);
        Assert.Equal(quote.Lines, checkout.Lines, (a, b) => a.LineTotal == b.LineTotal && a.Discount == b.Discount);

        clock.Now = new DateTimeOffset(2026, 4, 1, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(60.59m, Priced(calculator.CalculateForCheckout(request, quote)).Total);
    }

    [Theory]
    [InlineData("notebook", 0, QuoteErrorCode.InvalidQuantity)]
    [InlineData("notebook", -3, QuoteErrorCode.InvalidQuantity)]
    [InlineData("notebook", 10_001, QuoteErrorCode.QuantityTooLarge)]
    [InlineData("unicorn", 1, QuoteErrorCode.UnknownProduct)]
    public void Calculate_BadLines_GiveAClearError(string product, int quantity, QuoteErrorCode error)
    {
        var result = Calculator().Calculate(Request(product, quantity));
        Assert.False(result.IsSuccess);
        Assert.Equal(error, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void Calculate_BadRequests_GiveAClearError()
    {
        var calculator = Calculator();
        Assert.Equal(QuoteErrorCode.NoLines, calculator.Calculate(new QuoteRequest([], "US-TX", "standard")).Error);
        Assert.Equal(QuoteErrorCode.QuantityTooLarge, calculator.Calculate(new QuoteRequest([new("pen", 6000), new("pen", 6000)], "US-TX", "standard")).Error);
        Assert.Equal(QuoteErrorCode.QuantityTooLarge, calculator.Calculate(new QuoteRequest([new("pen", int.MaxValue), new("pen", int.MaxValue)], "US-TX", "standard")).Error);
        var currency = calculator.Calculate(Request("pen", 1, currency: "XYZ"));
        Assert.Equal(QuoteErrorCode.UnknownCurrency, currency.Error);
        Assert.Contains("XYZ", currency.Message);
        Assert.Equal(QuoteErrorCode.UnknownShipping, calculator.Calculate(Request("pen", 1, region: "FR")).Error);
        Assert.Equal(QuoteErrorCode.UnknownShipping, calculator.Calculate(Request("pen", 1, method: "drone")).Error);
        Assert.Equal(QuoteErrorCode.UnknownTaxRegion, calculator.Calculate(Request("pen", 1, region: "US-NV")).Error);
        Assert.Equal(QuoteErrorCode.NoLines, calculator.Calculate(null!).Error);
    }

    [Fact]
    public void Constructor_RejectsBadRules()
    {
        Assert.Throws<ArgumentException>(() => new QuoteCalculator(new QuoteRules { Products = [new("a", "A", 1m), new("A", "A again", 2m)] }));
        Assert.Throws<ArgumentException>(() => new QuoteCalculator(new QuoteRules { Products = [new("a", "A", -1m)] }));
        Assert.Throws<ArgumentException>(() => new QuoteCalculator(new QuoteRules { QuantityTiers = [new(10, 120m)] }));
        Assert.Throws<ArgumentException>(() => new QuoteCalculator(new QuoteRules { Currencies = [new("EUR", 0m)] }));
        Assert.Throws<ArgumentException>(() => new QuoteCalculator(new QuoteRules(), new QuoteOptions { MaximumQuantity = 0 }));
    }

    private sealed class Redeemed(string customer, string code) : ICouponRedemptions
    {
        public bool HasRedeemed(string customerId, string couponCode) => customerId == customer && couponCode == code;
    }
}
