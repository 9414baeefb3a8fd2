using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite.Shop;

namespace ShopBot.Skills.Tests.Data;

public class ShopReadStoreTests(SeededShopFixture fixture) : IClassFixture<SeededShopFixture>
{
    private readonly TestShop shop = fixture.Shop;

    [Fact]
    public async Task Customers_AreFoundByEmail_IgnoringCase_WithTheirAddresses()
    {
        var customers = new SqliteCustomerStore(shop.Database);
        var alex = await customers.GetByEmailAsync("  Alex.Morgan@EXAMPLE.com ");
        Assert.NotNull(alex);
        Assert.Equal(DemoFixtures.AlexCustomerId, alex.Id);
        Assert.Equal("Alex Morgan", alex.Name);
        Assert.Equal(alex, await customers.GetByIdAsync(alex.Id));
        var addresses = await customers.ListAddressesAsync(alex.Id);
        Assert.True(addresses[0].IsDefault);
        Assert.Equal(DemoFixtures.AlexPostcode, addresses[0].Postal.Postcode);
        Assert.Null(await customers.GetByEmailAsync("nobody@example.com"));
    }

    [Fact]
    public async Task Products_AreFoundBySku_AndSearchFiltersCombine()
    {
        var products = new SqliteProductStore(shop.Database);
        var hoodie = await products.GetBySkuAsync("clo-0001");
        Assert.NotNull(hoodie);
        Assert.Equal("Blue Hoodie", hoodie.Name);
        Assert.Equal("S,M,L,XL", hoodie.Attributes["sizes"]);
        Assert.Equal(3999, hoodie.PriceCents);
        Assert.Equal(hoodie, (await products.GetByIdAsync(hoodie.Id))! with { Attributes = hoodie.Attributes });

        var headphones = await products.SearchAsync(new ProductQuery { Text = "wireless HEADPHONES" });
        Assert.Contains(headphones, p => p.Sku == DemoFixtures.WirelessHeadphonesSku);
        Assert.All(headphones, p => Assert.Contains("headphones", p.Name + " " + p.Description, StringComparison.OrdinalIgnoreCase));

        var office = await products.SearchAsync(new ProductQuery { Category = "office", MinPriceCents = 500, MaxPriceCents = 4000, Limit = 100 });
        Assert.NotEmpty(office);
        Assert.All(office, p => { Assert.Equal("Office", p.Category); Assert.InRange(p.PriceCents, 500, 4000); });

        var inStock = await products.SearchAsync(new ProductQuery { Brand = "Sonara", InStockOnly = true, Limit = 100 });
        Assert.DoesNotContain(inStock, p => p.Sku == DemoFixtures.WirelessHeadphonesSku);
        Assert.All(inStock, p => Assert.True(p.Stock > 0));

        Assert.Empty(await products.SearchAsync(new ProductQuery { Text = "100%_" }));
        Assert.Equal(10, (await products.ListCategoriesAsync()).Count);
        await Assert.ThrowsAsync<ArgumentException>(() => products.SearchAsync(new ProductQuery { Limit = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => products.SearchAsync(new ProductQuery { MinPriceCents = 10, MaxPriceCents = 5 }));
    }

    [Fact]
    public async Task Order_ComesWithShipmentEventsPaymentsAndInvoice()
    {
        var shipped = await shop.Orders.GetAsync(DemoFixtures.ShippedOrder);
        Assert.NotNull(shipped);
        Assert.Equal(OrderStatus.Shipped, shipped.Order.Status);
        Assert.Equal("DPD", shipped.Shipment!.Carrier);
        Assert.Equal(DateOnly.FromDateTime(TestShop.Anchor.UtcDateTime).AddDays(1), shipped.Shipment.EstimatedDelivery);
        Assert.Equal(["Label created, parcel packed", "Collected by DPD", "Arrived at sorting hub"], shipped.Shipment.Events.Select(e => e.Description));
        Assert.Equal(shipped.Order.TotalCents, shipped.PaidCents);
        Assert.Equal($"INV-2026-{DemoFixtures.ShippedOrder}", shipped.Invoice!.Number);
        Assert.Single(shipped.Lines, l => l.Sku == DemoFixtures.WirelessHeadphonesSku);

        var refunding = await shop.Orders.GetAsync(DemoFixtures.RefundInProgressOrder);
        Assert.Equal(ReturnStatus.Received, Assert.Single(refunding!.Returns).Status);
        var refund = Assert.Single(refunding.Refunds);
        Assert.Equal(RefundStatus.Processing, refund.Status);
        Assert.Equal(refunding.Returns[0].Id, refund.ReturnId);

        var failed = await shop.Orders.GetAsync(DemoFixtures.FailedPaymentOrder);
        Assert.Equal(OrderStatus.Pending, failed!.Order.Status);
        Assert.Equal("card_declined", Assert.Single(failed.Payments).FailureReason);
        Assert.Null(failed.Invoice);

        Assert.Null(await shop.Orders.GetAsync(999999));
    }

    [Fact]
    public async Task ListForCustomer_ReturnsOnlyTheirOrders_NewestFirst()
    {
        var orders = await shop.Orders.ListForCustomerAsync(DemoFixtures.AlexCustomerId, 50);
        Assert.Equal(6, orders.Count);
        Assert.All(orders, o => Assert.Equal(DemoFixtures.AlexCustomerId, o.CustomerId));
        Assert.Equal(orders.OrderByDescending(o => o.PlacedAt).Select(o => o.Number), orders.Select(o => o.Number));
        Assert.Equal(DemoFixtures.FailedPaymentOrder, orders[0].Number);
        await Assert.ThrowsAsync<ArgumentException>(() => shop.Orders.ListForCustomerAsync(1, 0));
    }

    [Theory]
    [InlineData("alex.morgan@example.com")]
    [InlineData("ALEX.MORGAN@Example.COM")]
    [InlineData(" alex.morgan@example.com ")]
    [InlineData("SW1A 1AA")]
    [InlineData("sw1a1aa")]
    [InlineData(" Sw1A  1aA ")]
    public async Task Verify_AcceptsEmailOrPostcode_NormalisingCaseAndSpaces(string proof)
    {
        var customer = await shop.Orders.VerifyAsync(DemoFixtures.ProcessingOrder, proof);
        Assert.NotNull(customer);
        Assert.Equal(DemoFixtures.AlexCustomerId, customer.Id);
    }

    [Theory]
    [InlineData(DemoFixtures.ProcessingOrder, DemoFixtures.SamEmail)]
    [InlineData(DemoFixtures.ProcessingOrder, DemoFixtures.SamPostcode)]
    [InlineData(DemoFixtures.SamDeliveredOrder, DemoFixtures.AlexEmail)]
    [InlineData(DemoFixtures.SamDeliveredOrder, DemoFixtures.AlexPostcode)]
    [InlineData(DemoFixtures.ProcessingOrder, "")]
    [InlineData(DemoFixtures.ProcessingOrder, "alex.morgan@example")]
    [InlineData(999999, DemoFixtures.AlexEmail)]
    public async Task Verify_RefusesAnotherCustomersProof_AndUnknownOrders(int orderNumber, string proof)
    {
        Assert.Null(await shop.Orders.VerifyAsync(orderNumber, proof));
    }

    [Fact]
    public async Task GetForCustomer_NeverReturnsAnotherCustomersOrder()
    {
        Assert.NotNull(await shop.Orders.GetForCustomerAsync(DemoFixtures.SamDeliveredOrder, DemoFixtures.SamCustomerId));
        Assert.Null(await shop.Orders.GetForCustomerAsync(DemoFixtures.SamDeliveredOrder, DemoFixtures.AlexCustomerId));
        Assert.Null(await shop.Orders.GetForCustomerAsync(DemoFixtures.ProcessingOrder, DemoFixtures.SamCustomerId));
    }

    [Fact]
    public async Task Sales_PriceHistoryAndPromotions_CoverTheSeries()
    {
        var sales = new SqliteSalesStore(shop.Database);
        var today = DateOnly.FromDateTime(TestShop.Anchor.UtcDateTime);
        var days = await sales.GetDailySalesAsync(1, today.AddDays(-60), today);
        Assert.Equal(60, days.Count);
        Assert.Equal(today.AddDays(-1), days[^1].Date);
        var week = await sales.GetDailySalesAsync(1, today.AddDays(-7), today.AddDays(-1));
        Assert.Equal(7, week.Count);

        var history = await sales.GetPriceHistoryAsync(1);
        Assert.Equal(today.AddDays(-60), history[0].ValidFrom);
        for (var i = 1; i < history.Count; i++) Assert.Equal(history[i - 1].ValidTo, history[i].ValidFrom);
        Assert.Null(history[^1].ValidTo);
        Assert.Equal(3999, history[^1].PriceCents);
        Assert.All(days.Where(d => !d.OnPromotion), d => Assert.Equal(history.Last(h => h.ValidFrom <= d.Date).PriceCents, d.PriceCents));

        var promotions = await sales.GetPromotionsAsync(1, today.AddDays(-60), today);
        Assert.All(days.Where(d => d.OnPromotion), d => Assert.Contains(promotions, p => p.Start <= d.Date && d.Date <= p.End));
        await Assert.ThrowsAsync<ArgumentException>(() => sales.GetDailySalesAsync(1, today, today.AddDays(-1)));
    }

    [Fact]
    public async Task Interactions_ContainEveryKind_AndRatingsAreOneToFive()
    {
        var store = new SqliteInteractionStore(shop.Database);
        var all = await store.GetAllAsync();
        foreach (var kind in Enum.GetValues<InteractionKind>()) Assert.Contains(all, i => i.Kind == kind);
        Assert.All(all.Where(i => i.Kind == InteractionKind.Rating), i => Assert.InRange(i.Value, 1, 5));
        var alex = await store.GetForCustomerAsync(DemoFixtures.AlexCustomerId);
        Assert.All(alex, i => Assert.Equal(DemoFixtures.AlexCustomerId, i.CustomerId));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(new ProductInteraction(1, 1, InteractionKind.Rating, 6, TestShop.Anchor)));
    }
}
