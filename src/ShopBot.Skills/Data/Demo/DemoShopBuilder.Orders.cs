using System.Globalization;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

internal sealed partial class DemoShopBuilder
{
    private long nextLineId;
    private long nextPaymentId;
    private long nextShipmentId;
    private long nextEventId;
    private long nextReturnId;
    private long nextRefundId;

    private void BuildOrders()
    {
        var plans = FixturePlans();
        var rnd = Stream(4);
        var random = new List<OrderPlan>(options.OrderCount);
        for (var i = 0; i < options.OrderCount; i++) random.Add(RandomPlan(rnd));
        random.Sort((a, b) => a.PlacedAt.CompareTo(b.PlacedAt));
        var number = 100000;
        foreach (var plan in random)
        {
            if (number == DemoFixtures.FirstReservedOrder) number = DemoFixtures.LastReservedOrder + 1;
            plans.Add(plan with { Number = number++ });
        }

        var materializer = Stream(5);
        foreach (var plan in plans.OrderBy(p => p.Number)) orders.Add(Materialize(materializer, plan));
    }

    private List<OrderPlan> FixturePlans()
    {
        const int hoodie = 0, espresso = 1, lamp = 2, notebook = 3, headphones = 4;
        var alex = DemoFixtures.AlexCustomerId;
        var sam = DemoFixtures.SamCustomerId;
        DateTimeOffset Ago(double days) => TrimToSeconds(now.AddDays(-days));
        return
        [
            new(DemoFixtures.ProcessingOrder, alex, [(hoodie, 1), (notebook, 2)], "standard", Ago(26 / 24.0), Ago(25.8 / 24.0), null, null, null, false, null, null, "Royal Mail"),
            new(DemoFixtures.ShippedOrder, alex, [(headphones, 1)], "express", Ago(3), Ago(2.99), Ago(2), now.AddDays(1), null, false, null, null, "DPD"),
            new(DemoFixtures.DeliveredInWindowOrder, alex, [(espresso, 1), (lamp, 1)], "standard", Ago(14), Ago(13.99), Ago(13), Ago(10), null, false, null, null, "Evri"),
            new(DemoFixtures.DeliveredOutsideWindowOrder, alex, [(lamp, 1)], "standard", Ago(65), Ago(64.99), Ago(63), Ago(60), null, false, null, null, "Royal Mail"),
            new(DemoFixtures.RefundInProgressOrder, alex, [(hoodie, 1), (notebook, 1)], "standard", Ago(26), Ago(25.99), Ago(25), Ago(20), null, false, null,
                new ReturnPlan(0, 1, false, Ago(12), ReturnStatus.Received, RefundStatus.Processing, Ago(3), null, "Wrong size"), "DPD"),
            new(DemoFixtures.FailedPaymentOrder, alex, [(notebook, 3)], "standard", Ago(2 / 24.0), null, null, null, null, false, "card_declined", null, "Royal Mail"),
            new(DemoFixtures.SamDeliveredOrder, sam, [(notebook, 3)], "standard", Ago(9), Ago(8.99), Ago(8), Ago(5), null, false, null, null, "UPS"),
            new(DemoFixtures.SamPaidOrder, sam, [(lamp, 1)], "standard", Ago(1 / 24.0), Ago(55 / 1440.0), null, null, null, false, null, null, "DHL Parcel"),
        ];
    }

    private OrderPlan RandomPlan(Random rnd)
    {
        var customerId = (long)rnd.Next(3, customers.Count + 1);
        var ageDays = rnd.Chance(0.06) ? rnd.Uniform(0, 7) : rnd.Uniform(7, Math.Max(8, options.SalesDays));
        var placed = TrimToSeconds(now.AddDays(-ageDays));
        var lineCount = rnd.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
        var items = new List<(int, int)>();
        for (var attempt = 0; items.Count < lineCount && attempt < 20; attempt++)
        {
            var productIndex = PickByTaste(rnd, customerId);
            if (items.Any(i => i.Item1 == productIndex)) continue;
            items.Add((productIndex, rnd.Chance(0.8) ? 1 : rnd.Next(2, 4)));
        }

        var method = rnd.NextDouble() switch { < 0.8 => "standard", < 0.95 => "express", _ => "next_day" };
        DateTimeOffset? paid = rnd.Chance(0.03) ? null : placed.AddMinutes(rnd.Uniform(2, 60));
        DateTimeOffset? shipped = paid?.AddHours(rnd.Uniform(6, 40));
        DateTimeOffset? delivered = shipped?.AddDays(method == "next_day" ? rnd.Uniform(0.6, 1.2) : rnd.Uniform(1, 4));
        DateTimeOffset? cancelled = null;
        string? pendingFailure = null;
        if (paid is null)
        {
            if (rnd.Chance(0.5)) pendingFailure = rnd.Pick(DemoCatalog.FailureReasons);
            if (now - placed > TimeSpan.FromDays(1)) cancelled = placed.AddDays(1);
        }
        else if (rnd.Chance(0.05))
        {
            cancelled = paid.Value + ((shipped!.Value - paid.Value) * rnd.Uniform(0.1, 0.9));
            if (cancelled > now) cancelled = null;
        }

        if (cancelled is not null) { shipped = null; delivered = null; }
        ReturnPlan? returnPlan = null;
        if (delivered is { } d && now - d > TimeSpan.FromDays(3))
        {
            var roll = rnd.NextDouble();
            if (roll < 0.11)
            {
                var created = d.AddDays(rnd.Uniform(1, Math.Min(25, (now - d).TotalDays - 1)));
                var returnAge = (now - created).TotalDays;
                var (status, refund, refundCreated, refundCompleted) = returnAge switch
                {
                    > 12 => (ReturnStatus.Completed, (RefundStatus?)RefundStatus.Completed, (DateTimeOffset?)created.AddDays(8), (DateTimeOffset?)created.AddDays(10)),
                    > 5 => (ReturnStatus.Received, RefundStatus.Processing, created.AddDays(4), null),
                    _ => (ReturnStatus.Requested, (RefundStatus?)null, (DateTimeOffset?)null, (DateTimeOffset?)null),
                };
                returnPlan = new ReturnPlan(rnd.Next(items.Count), 1, roll < 0.06, TrimToSeconds(created), status, refund,
                    refundCreated is { } rc ? TrimToSeconds(rc) : null, refundCompleted is { } rd ? TrimToSeconds(rd) : null, rnd.Pick(DemoCatalog.ReturnReasons));
            }
        }

        return new OrderPlan(0, customerId, items, method, placed, Trim(paid), Trim(shipped), Trim(delivered), Trim(cancelled), rnd.Chance(0.04),
            pendingFailure, returnPlan, rnd.Pick(DemoCatalog.Carriers));
    }

    private static DateTimeOffset? Trim(DateTimeOffset? value) => value is { } v ? TrimToSeconds(v) : null;

    private OrderStatus StatusOf(OrderPlan plan)
    {
        if (plan.CancelledAt is { } c && c <= now) return OrderStatus.Cancelled;
        if (plan.DeliveredAt is { } d && d <= now) return plan.Return is { WholeOrder: true } ? OrderStatus.Returned : OrderStatus.Delivered;
        if (plan.ShippedAt is { } s && s <= now) return OrderStatus.Shipped;
        if (plan.PaidAt is { } p && p <= now) return now - p >= TimeSpan.FromHours(2) ? OrderStatus.Processing : OrderStatus.Paid;
        return OrderStatus.Pending;
    }

    /// <summary>A timeline of one order before it becomes records.</summary>
    private sealed record OrderPlan(
        int Number,
        long CustomerId,
        IReadOnlyList<(int ProductIndex, int Quantity)> Items,
        string ShippingMethod,
        DateTimeOffset PlacedAt,
        DateTimeOffset? PaidAt,
        DateTimeOffset? ShippedAt,
        DateTimeOffset? DeliveredAt,
        DateTimeOffset? CancelledAt,
        bool FirstPaymentFailed,
        string? PendingFailure,
        ReturnPlan? Return,
        string Carrier);

    /// <summary>A return of one line (or of every line when <see cref="WholeOrder"/>) and its refund.</summary>
    private sealed record ReturnPlan(
        int LineIndex,
        int Quantity,
        bool WholeOrder,
        DateTimeOffset CreatedAt,
        ReturnStatus Status,
        RefundStatus? RefundStatus,
        DateTimeOffset? RefundCreatedAt,
        DateTimeOffset? RefundCompletedAt,
        string Reason);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
