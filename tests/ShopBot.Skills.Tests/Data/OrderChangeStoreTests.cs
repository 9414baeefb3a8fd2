using System.Text.Json;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Tests.Data;

public class OrderChangeStoreTests
{
    [Fact]
    public async Task Cancel_WhileProcessing_KeepsTheFee_RefundsTheRest_RestocksAndAudits()
    {
        using var shop = await TestShop.CreateAsync();
        var before = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!;
        var hoodieStock = await shop.CountAsync("SELECT stock FROM products WHERE sku = 'CLO-0001'");
        Assert.Equal(OrderStatus.Processing, before.Order.Status);

        var result = await shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("k1"));

        Assert.Equal(ChangeStatus.Applied, result.Status);
        var fee = (long)Math.Round(before.Order.TotalCents * 0.05m, MidpointRounding.AwayFromZero);
        Assert.Equal(fee, result.FeeCents);
        Assert.Equal(before.PaidCents - fee, result.AmountCents);
        Assert.Equal(2, result.OrderVersion);
        var after = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!;
        Assert.Equal(OrderStatus.Cancelled, after.Order.Status);
        var refund = Assert.Single(after.Refunds);
        Assert.Equal((RefundStatus.Pending, before.PaidCents - fee, result.EntityId), (refund.Status, refund.AmountCents, (long?)refund.Id));
        Assert.Equal(hoodieStock + 1, await shop.CountAsync("SELECT stock FROM products WHERE sku = 'CLO-0001'"));

        var audit = Assert.Single(await shop.Audit.ListForEntityAsync("order", DemoFixtures.ProcessingOrder.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("customer:1", "order.cancel", "conv-k1", TestShop.Anchor), (audit.Actor, audit.Action, audit.ConversationId, audit.At));
        using var details = JsonDocument.Parse(audit.DetailsJson);
        Assert.Equal("processing", details.RootElement.GetProperty("from").GetString());
        Assert.Equal(fee, details.RootElement.GetProperty("fee_cents").GetInt64());
        Assert.Single(await shop.Audit.ListForConversationAsync("conv-k1"));
    }

    [Fact]
    public async Task Cancel_WhilePaid_IsFree()
    {
        using var shop = await TestShop.CreateAsync();
        var before = (await shop.Orders.GetAsync(DemoFixtures.SamPaidOrder))!;
        Assert.Equal(OrderStatus.Paid, before.Order.Status);
        var result = await shop.Changes.CancelOrderAsync(DemoFixtures.SamPaidOrder, TestShop.Context("k"));
        Assert.True(result.Succeeded);
        Assert.Equal(0, result.FeeCents);
        Assert.Equal(before.Order.TotalCents, result.AmountCents);
    }

    [Fact]
    public async Task Cancel_AfterShipment_IsRefused_AndNothingChanges()
    {
        using var shop = await TestShop.CreateAsync();
        var hash = TestShop.ContentHash(shop.Database);
        var result = await shop.Changes.CancelOrderAsync(DemoFixtures.ShippedOrder, TestShop.Context("k"));
        Assert.Equal((ChangeStatus.Refused, ChangeReason.AlreadyShipped), (result.Status, result.Reason));
        Assert.False(result.Succeeded);
        Assert.Equal(hash, TestShop.ContentHash(shop.Database));
    }

    [Fact]
    public async Task Change_OnUnknownOrder_IsNotFound()
    {
        using var shop = await TestShop.CreateAsync();
        var result = await shop.Changes.CancelOrderAsync(999999, TestShop.Context("k"));
        Assert.Equal((ChangeStatus.NotFound, ChangeReason.OrderNotFound), (result.Status, result.Reason));
    }

    [Fact]
    public async Task SameKeyTwice_ReturnsTheSameResult_AndChangesOnce()
    {
        using var shop = await TestShop.CreateAsync();
        var first = await shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("same"));
        var second = await shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("same"));
        Assert.True(first.Succeeded);
        Assert.True(second.Replayed);
        Assert.Equal(first, second with { Replayed = false });
        Assert.Equal(1, await shop.CountAsync($"SELECT COUNT(*) FROM refunds WHERE order_number = {DemoFixtures.ProcessingOrder}"));
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM audit_log"));
        Assert.Equal(2, await shop.CountAsync($"SELECT version FROM orders WHERE number = {DemoFixtures.ProcessingOrder}"));

        var other = await shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("another"));
        Assert.Equal(ChangeReason.AlreadyCancelled, other.Reason);
        var reused = await shop.Changes.CancelOrderAsync(DemoFixtures.SamPaidOrder, TestShop.Context("same"));
        Assert.Equal(ChangeReason.IdempotencyKeyReused, reused.Reason);
    }

    [Fact]
    public async Task TwoConversationsCancellingAtOnce_ExactlyOneSucceeds()
    {
        using var shop = await TestShop.CreateAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, new ChangeContext($"customer:{i}", $"conv-{i}", $"key-{i}")))));
        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains(r.Reason, new[] { ChangeReason.AlreadyCancelled, ChangeReason.ConcurrentChange }));
        Assert.Equal(1, await shop.CountAsync($"SELECT COUNT(*) FROM refunds WHERE order_number = {DemoFixtures.ProcessingOrder}"));
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM audit_log"));
    }

    [Fact]
    public async Task TheSameConfirmationDeliveredTwiceAtOnce_ChangesOnce_AndBothSeeTheResult()
    {
        using var shop = await TestShop.CreateAsync();
        var results = await Task.WhenAll(
            Task.Run(() => shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("dup"))),
            Task.Run(() => shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("dup"))));
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results, r => r.Replayed);
        Assert.Equal(results[0].EntityId, results[1].EntityId);
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM refunds WHERE order_number = " + DemoFixtures.ProcessingOrder));
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM change_requests"));
    }

    [Fact]
    public async Task TwoAddressChangesFromTheSameVersion_ExactlyOneWins_TheOtherConflicts()
    {
        using var shop = await TestShop.CreateAsync();
        var version = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!.Order.Version;
        var a = new PostalAddress("Alex Morgan", "1 First Street", null, "Leeds", "LS1 1AA", "United Kingdom");
        var b = new PostalAddress("Alex Morgan", "2 Second Street", null, "York", "YO1 1AA", "United Kingdom");
        var results = await Task.WhenAll(
            Task.Run(() => shop.Changes.ChangeShippingAddressAsync(DemoFixtures.ProcessingOrder, a, new ChangeContext("customer:1", "conv-a", "a", version))),
            Task.Run(() => shop.Changes.ChangeShippingAddressAsync(DemoFixtures.ProcessingOrder, b, new ChangeContext("customer:1", "conv-b", "b", version))));
        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(ChangeStatus.Conflict, loser.Status);
        var stored = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!.Order.ShippingAddress;
        Assert.Equal(winner == results[0] ? "Leeds" : "York", stored.City);
    }

    [Fact]
    public async Task ChangeAddress_BeforeShipment_Applies_AfterShipment_IsRefused()
    {
        using var shop = await TestShop.CreateAsync();
        var address = new PostalAddress("Alex Morgan", "5 New Road", "Flat 2", "Bristol", "bs1 4dj", "United Kingdom");
        var ok = await shop.Changes.ChangeShippingAddressAsync(DemoFixtures.ProcessingOrder, address, TestShop.Context("a1"));
        Assert.True(ok.Succeeded);
        var stored = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!.Order.ShippingAddress;
        Assert.Equal(("5 New Road", "Flat 2", "BS1 4DJ"), (stored.Line1, stored.Line2, stored.Postcode));

        var refused = await shop.Changes.ChangeShippingAddressAsync(DemoFixtures.ShippedOrder, address, TestShop.Context("a2"));
        Assert.Equal(ChangeReason.AlreadyShipped, refused.Reason);
        await Assert.ThrowsAsync<ArgumentException>(() => shop.Changes.ChangeShippingAddressAsync(DemoFixtures.ProcessingOrder, address with { Line1 = " " }, TestShop.Context("a3")));
    }

    [Fact]
    public async Task ChangeLineQuantity_UpdatesTotalsStockAndMoney()
    {
        using var shop = await TestShop.CreateAsync();
        var before = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!;
        var notebook = before.Lines.Single(l => l.Sku == DemoFixtures.NotebookSku);
        var stock = await shop.CountAsync($"SELECT stock FROM products WHERE id = {notebook.ProductId}");

        var up = await shop.Changes.ChangeLineQuantityAsync(DemoFixtures.ProcessingOrder, notebook.Id, notebook.Quantity + 1, TestShop.Context("q1"));
        Assert.True(up.Succeeded);
        Assert.Equal(notebook.UnitPriceCents, up.AmountCents);
        var after = (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!;
        Assert.Equal(before.Order.TotalCents + notebook.UnitPriceCents, after.Order.TotalCents);
        Assert.Equal(stock - 1, await shop.CountAsync($"SELECT stock FROM products WHERE id = {notebook.ProductId}"));
        Assert.Contains(after.Payments, p => p.Status == PaymentStatus.Pending && p.AmountCents == notebook.UnitPriceCents);

        var down = await shop.Changes.ChangeLineQuantityAsync(DemoFixtures.ProcessingOrder, notebook.Id, 1, TestShop.Context("q2"));
        Assert.Equal(-2 * notebook.UnitPriceCents, down.AmountCents);
        Assert.Contains((await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!.Refunds, r => r.AmountCents == 2 * notebook.UnitPriceCents);

        Assert.Equal(ChangeReason.InvalidQuantity, (await shop.Changes.ChangeLineQuantityAsync(DemoFixtures.ProcessingOrder, notebook.Id, 0, TestShop.Context("q3"))).Reason);
        Assert.Equal(ChangeReason.LineNotFound, (await shop.Changes.ChangeLineQuantityAsync(DemoFixtures.ProcessingOrder, -5, 1, TestShop.Context("q4"))).Reason);
        var shippedLine = (await shop.Orders.GetAsync(DemoFixtures.ShippedOrder))!.Lines[0].Id;
        Assert.Equal(ChangeReason.AlreadyShipped, (await shop.Changes.ChangeLineQuantityAsync(DemoFixtures.ShippedOrder, shippedLine, 2, TestShop.Context("q5"))).Reason);
    }

    [Fact]
    public async Task Return_InsideTheWindow_IssuesALabel_AndGuardsTheQuantity()
    {
        using var shop = await TestShop.CreateAsync();
        var order = (await shop.Orders.GetAsync(DemoFixtures.DeliveredInWindowOrder))!;
        var espresso = order.Lines.Single(l => l.Sku == DemoFixtures.EspressoMachineSku);

        Assert.Equal(ChangeReason.QuantityExceedsReturnable, (await shop.Changes.CreateReturnAsync(order.Order.Number, espresso.Id, 2, "Faulty", TestShop.Context("r0"))).Reason);
        var result = await shop.Changes.CreateReturnAsync(order.Order.Number, espresso.Id, 1, "Faulty", TestShop.Context("r1"));
        Assert.True(result.Succeeded);
        Assert.Equal($"RL-{order.Order.Number}-1", result.Reference);
        Assert.Equal(espresso.UnitPriceCents, result.AmountCents);
        var stored = Assert.Single((await shop.Orders.GetAsync(order.Order.Number))!.Returns);
        Assert.Equal((ReturnStatus.Requested, 1, "Faulty"), (stored.Status, stored.Quantity, stored.Reason));
        Assert.Equal(ChangeReason.QuantityExceedsReturnable, (await shop.Changes.CreateReturnAsync(order.Order.Number, espresso.Id, 1, "Faulty", TestShop.Context("r2"))).Reason);

        var lamp = order.Lines.Single(l => l.Sku == DemoFixtures.DeskLampSku);
        Assert.True((await shop.Changes.CreateReturnAsync(order.Order.Number, lamp.Id, 1, "Changed my mind", TestShop.Context("r3"))).Succeeded);
        Assert.Equal(OrderStatus.Returned, (await shop.Orders.GetAsync(order.Order.Number))!.Order.Status);
    }

    [Fact]
    public async Task Return_OutsideTheWindow_OrBeforeDelivery_IsRefused()
    {
        using var shop = await TestShop.CreateAsync();
        var old = (await shop.Orders.GetAsync(DemoFixtures.DeliveredOutsideWindowOrder))!;
        Assert.Equal(ChangeReason.ReturnWindowExpired, (await shop.Changes.CreateReturnAsync(old.Order.Number, old.Lines[0].Id, 1, "Faulty", TestShop.Context("o1"))).Reason);
        var shipped = (await shop.Orders.GetAsync(DemoFixtures.ShippedOrder))!;
        Assert.Equal(ChangeReason.NotDelivered, (await shop.Changes.CreateReturnAsync(shipped.Order.Number, shipped.Lines[0].Id, 1, "Faulty", TestShop.Context("o2"))).Reason);

        // Delivered 10 days ago: day 30 after delivery is still inside, a minute later is outside.
        var recent = (await shop.Orders.GetAsync(DemoFixtures.DeliveredInWindowOrder))!;
        shop.Time.Advance(TimeSpan.FromDays(20));
        Assert.True(shop.Policy.EvaluateReturn(recent, recent.Lines[0].Id, 1, shop.Time.GetUtcNow()).Allowed);
        shop.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(ChangeReason.ReturnWindowExpired, (await shop.Changes.CreateReturnAsync(recent.Order.Number, recent.Lines[0].Id, 1, "Faulty", TestShop.Context("o3"))).Reason);
        await Assert.ThrowsAsync<ArgumentException>(() => shop.Changes.CreateReturnAsync(recent.Order.Number, recent.Lines[0].Id, 1, " ", TestShop.Context("o4")));
    }

    [Fact]
    public async Task Refund_IsCappedAtPaidMinusRefunded()
    {
        using var shop = await TestShop.CreateAsync();
        var order = (await shop.Orders.GetAsync(DemoFixtures.RefundInProgressOrder))!;
        var refundable = order.PaidCents - order.RefundedCents;
        Assert.True(refundable > 0);

        var tooMuch = await shop.Changes.CreateRefundAsync(order.Order.Number, refundable + 1, "original_payment", null, TestShop.Context("f1"));
        Assert.Equal((ChangeStatus.Refused, ChangeReason.AmountExceedsRefundable), (tooMuch.Status, tooMuch.Reason));
        Assert.Equal(ChangeReason.InvalidAmount, (await shop.Changes.CreateRefundAsync(order.Order.Number, 0, "store_credit", null, TestShop.Context("f2"))).Reason);
        Assert.Equal(ChangeReason.ReturnNotFound, (await shop.Changes.CreateRefundAsync(order.Order.Number, 1, "store_credit", 987654, TestShop.Context("f3"))).Reason);
        await Assert.ThrowsAsync<ArgumentException>(() => shop.Changes.CreateRefundAsync(order.Order.Number, 1, "cash", null, TestShop.Context("f4")));

        var ok = await shop.Changes.CreateRefundAsync(order.Order.Number, refundable, "store_credit", order.Returns[0].Id, TestShop.Context("f5"));
        Assert.True(ok.Succeeded);
        var after = (await shop.Orders.GetAsync(order.Order.Number))!;
        Assert.Equal(0, after.RefundableCents);
        Assert.Equal(ChangeReason.AmountExceedsRefundable, (await shop.Changes.CreateRefundAsync(order.Order.Number, 1, "store_credit", null, TestShop.Context("f6"))).Reason);
    }

    [Fact]
    public async Task StaleVersion_IsAConflict()
    {
        using var shop = await TestShop.CreateAsync();
        var result = await shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, TestShop.Context("v", expectedVersion: 7));
        Assert.Equal(ChangeStatus.Conflict, result.Status);
        Assert.Equal(OrderStatus.Processing, (await shop.Orders.GetAsync(DemoFixtures.ProcessingOrder))!.Order.Status);
    }

    [Fact]
    public async Task MissingKeyOrActor_IsABadRequest()
    {
        using var shop = await TestShop.CreateAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, new ChangeContext("customer:1", null, " ")));
        await Assert.ThrowsAsync<ArgumentException>(() => shop.Changes.CancelOrderAsync(DemoFixtures.ProcessingOrder, new ChangeContext("", null, "k")));
    }
}
