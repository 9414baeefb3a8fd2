using System.Text.RegularExpressions;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite.Shop;

namespace ShopBot.Skills.Tests.Data;

public class DemoDataGeneratorTests
{
    private static readonly Lazy<DemoShop> FullShop = new(() => DemoDataGenerator.Generate(new DemoDataOptions(), new FixedTimeProvider(TestShop.Anchor)));

    [Fact]
    public async Task Seed_IsDeterministic_SameSeedSameContent_OtherSeedOtherContent()
    {
        using var a = await TestShop.CreateAsync(TestShop.SmallOptions(11));
        using var b = await TestShop.CreateAsync(TestShop.SmallOptions(11));
        using var c = await TestShop.CreateAsync(TestShop.SmallOptions(12));
        Assert.Equal(TestShop.ContentHash(a.Database), TestShop.ContentHash(b.Database));
        Assert.NotEqual(TestShop.ContentHash(a.Database), TestShop.ContentHash(c.Database));
    }

    [Fact]
    public async Task SeedIfEmpty_DoesNothing_WhenTheShopHasData_AndForceReplaces()
    {
        using var shop = await TestShop.CreateAsync();
        var before = TestShop.ContentHash(shop.Database);
        var again = await DemoDataSeeder.SeedIfEmptyAsync(shop.Database, TestShop.SmallOptions(99), shop.Time);
        Assert.False(again.Seeded);
        Assert.Equal(before, TestShop.ContentHash(shop.Database));
        var forced = await DemoDataSeeder.SeedAsync(shop.Database, TestShop.SmallOptions(99), shop.Time, force: true);
        Assert.True(forced.Seeded);
        Assert.NotEqual(before, TestShop.ContentHash(shop.Database));
    }

    [Fact]
    public void FullShop_HasTheBriefedSizes_AndEveryOrderStatus()
    {
        var shop = FullShop.Value;
        Assert.Equal(300, shop.Products.Count);
        Assert.Equal(1000, shop.Customers.Count);
        Assert.Equal(300 * 730, shop.DailySales.Count);
        Assert.Equal(10, shop.Products.Select(p => p.Category).Distinct().Count());
        foreach (var status in Enum.GetValues<OrderStatus>()) Assert.Contains(shop.Orders, o => o.Order.Status == status);
        Assert.Contains(shop.Orders, o => o.Payments.Any(p => p.Status == PaymentStatus.Failed));
        Assert.Contains(shop.Products, p => p.Stock == 0 && p.RestockDate is not null);
        Assert.Contains(shop.Products, p => p.InboundQuantity > 0);
    }

    [Fact]
    public void FullShop_RecordsAreConsistent()
    {
        var shop = FullShop.Value;
        var now = shop.Now;
        var sku = new Regex("^[A-Z]{2,4}-[0-9]{3,5}$");
        Assert.All(shop.Products, p =>
        {
            Assert.Matches(sku, p.Sku);
            var ratio = (double)p.CostCents / p.PriceCents;
            Assert.InRange(ratio, 0.395, 0.705);
        });
        Assert.Equal(shop.Customers.Count, shop.Customers.Select(c => c.Email).Distinct().Count());
        Assert.All(shop.Customers, c => Assert.Equal(c.Email.ToLowerInvariant(), c.Email));
        Assert.Equal(shop.Orders.Count, shop.Orders.Select(o => o.Order.Number).Distinct().Count());
        Assert.All(shop.Orders, o =>
        {
            var status = o.Order.Status;
            Assert.InRange(o.Order.Number, 100000, 999999);
            Assert.True(o.Order.PlacedAt <= now);
            Assert.Equal(o.Lines.Sum(l => l.LineTotalCents) + o.Order.ShippingCents, o.Order.TotalCents);
            var shippedLike = status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Returned;
            Assert.Equal(shippedLike, o.Shipment is not null);
            if (status is OrderStatus.Delivered or OrderStatus.Returned) Assert.NotNull(o.Shipment!.DeliveredAt);
            if (status == OrderStatus.Shipped) Assert.Null(o.Shipment!.DeliveredAt);
            if (o.Shipment is not null) Assert.All(o.Shipment.Events, e => Assert.True(e.At <= now));
            if (status == OrderStatus.Pending) Assert.Equal(0, o.PaidCents);
            if (status is OrderStatus.Paid or OrderStatus.Processing or OrderStatus.Shipped or OrderStatus.Delivered) Assert.Equal(o.Order.TotalCents, o.PaidCents);
            Assert.Equal(o.PaidCents > 0, o.Invoice is not null);
            Assert.True(o.RefundedCents <= o.PaidCents);
            Assert.All(o.Lines, l => Assert.True(o.ReturnedQuantity(l.Id) <= l.Quantity));
            if (status == OrderStatus.Returned) Assert.All(o.Lines, l => Assert.Equal(l.Quantity, o.ReturnedQuantity(l.Id)));
        });
    }

    [Fact]
    public void GroundTruth_IsInTheBriefedRanges_AndSalesFollowIt()
    {
        var shop = FullShop.Value;
        Assert.Equal(shop.Products.Count, shop.GroundTruth.Count);
        Assert.All(shop.GroundTruth, g =>
        {
            Assert.InRange(g.Elasticity, -3.5, -1.3);
            Assert.Equal(1.0, g.WeeklyFactors.Average(), 9);
            Assert.InRange(g.PromoLift, 1.1, 1.6);
        });

        // Units are Poisson around the model's mean, so their total over two years matches the total mean closely.
        var truth = shop.GroundTruth.ToDictionary(g => g.ProductId);
        var units = 0.0;
        var expected = 0.0;
        foreach (var s in shop.DailySales)
        {
            units += s.Units;
            expected += truth[s.ProductId].ExpectedUnits(s.Date, s.PriceCents, s.OnPromotion);
        }

        Assert.InRange(units / expected, 0.99, 1.01);
        Assert.Contains(shop.DailySales, s => s.OnPromotion);
        Assert.True(shop.PriceHistory.GroupBy(p => p.ProductId).Average(g => g.Count()) >= 8, "prices should change every few weeks");
    }

    [Fact]
    public void ExpectedUnits_MatchesTheFormulaByHand()
    {
        double[] weekly = [0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 1.0];
        var g = new ProductGroundTruth(1, 1000, 10, 0.365250, weekly, 0.5, 1, -2, 1.5, new DateOnly(2025, 1, 1));
        // 2026-01-01 is a Thursday (index 3), t = 365 days, day of year 1 = the peak.
        var expected = 10 * Math.Exp(0.36525 * 365 / 365.25) * 1.0 * 1.5 * Math.Pow(0.8, -2) * 1.5;
        Assert.Equal(expected, g.ExpectedUnits(new DateOnly(2026, 1, 1), 800, onPromotion: true), 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => g.ExpectedUnits(new DateOnly(2026, 1, 1), 0, false));
    }

    [Fact]
    public async Task GroundTruth_IsStored_AndReadBack()
    {
        using var shop = await TestShop.CreateAsync();
        var generated = DemoDataGenerator.Generate(TestShop.SmallOptions(), new FixedTimeProvider(TestShop.Anchor)).GroundTruth;
        var stored = await new SqliteDemoGroundTruthStore(shop.Database).GetAllAsync();
        Assert.Equal(generated.Count, stored.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.Equal(generated[i].Elasticity, stored[i].Elasticity, 12);
            Assert.Equal(generated[i].WeeklyFactors, stored[i].WeeklyFactors);
            Assert.Equal(generated[i].SeriesStart, stored[i].SeriesStart);
        }
    }

    [Fact]
    public void Options_OutOfRange_AreRejectedWithTheirName()
    {
        var error = Assert.Throws<ArgumentException>(() => DemoDataGenerator.Generate(new DemoDataOptions { ProductCount = 3 }, TimeProvider.System));
        Assert.Contains("ProductCount", error.Message);
    }
}
