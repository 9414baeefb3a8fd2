using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

internal sealed partial class DemoShopBuilder
{
    private const string Warehouse = "ShopBot warehouse, Daventry";

    /// <summary>Turns a timeline into consistent records: only what has happened by "now" exists.</summary>
    private OrderDetails Materialize(Random rnd, OrderPlan plan)
    {
        var status = StatusOf(plan);
        var customer = customers[(int)plan.CustomerId - 1];
        var address = addresses.First(a => a.CustomerId == customer.Id && a.IsDefault).Postal;
        var lines = new List<OrderLine>();
        foreach (var (productIndex, quantity) in plan.Items)
        {
            var product = products[productIndex];
            var unit = RegularPrice(productIndex, DateOnly.FromDateTime(plan.PlacedAt.UtcDateTime));
            lines.Add(new OrderLine(++nextLineId, plan.Number, product.Id, product.Sku, product.Name, quantity, unit));
        }

        var subtotal = lines.Sum(l => l.LineTotalCents);
        var shipping = plan.ShippingMethod switch { "express" => 699L, "next_day" => 999L, _ => subtotal >= 5000 ? 0L : 399L };
        var total = subtotal + shipping;
        var order = new Order(plan.Number, customer.Id, status, plan.PlacedAt, subtotal, shipping, total, "GBP", address, plan.ShippingMethod, 1);

        var payments = new List<Payment>();
        var method = rnd.Pick(DemoCatalog.PaymentMethods);
        var paid = plan.PaidAt is { } paidAt && paidAt <= now && (plan.CancelledAt is null || paidAt < plan.CancelledAt);
        if (plan.FirstPaymentFailed) payments.Add(new Payment(++nextPaymentId, plan.Number, "card", PaymentStatus.Failed, total, plan.PlacedAt.AddMinutes(1), null, rnd.Pick(DemoCatalog.FailureReasons)));
        if (paid)
        {
            payments.Add(new Payment(++nextPaymentId, plan.Number, method, PaymentStatus.Captured, total, plan.PlacedAt.AddMinutes(2), plan.PaidAt, null));
        }
        else if (plan.PendingFailure is { } failure)
        {
            payments.Add(new Payment(++nextPaymentId, plan.Number, "card", PaymentStatus.Failed, total, plan.PlacedAt.AddMinutes(1), null, failure));
        }
        else
        {
            var abandoned = status == OrderStatus.Cancelled;
            payments.Add(new Payment(++nextPaymentId, plan.Number, method, abandoned ? PaymentStatus.Failed : PaymentStatus.Pending, total, plan.PlacedAt.AddMinutes(1), null, abandoned ? "order_cancelled" : null));
        }

        var invoice = paid ? new Invoice(Invariant($"INV-{plan.PaidAt!.Value.Year}-{plan.Number}"), plan.Number, plan.PaidAt.Value, total, Invariant($"invoices/INV-{plan.PaidAt.Value.Year}-{plan.Number}.pdf")) : null;
        var shipment = status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Returned ? MakeShipment(rnd, plan, address) : null;

        var returns = new List<OrderReturn>();
        var refunds = new List<Refund>();
        if (status == OrderStatus.Cancelled && paid)
        {
            var cancelledAt = plan.CancelledAt!.Value;
            var done = now - cancelledAt > TimeSpan.FromDays(5);
            refunds.Add(new Refund(++nextRefundId, plan.Number, null, total, "original_payment", done ? RefundStatus.Completed : RefundStatus.Pending, cancelledAt, done ? cancelledAt.AddDays(3) : null));
        }

        if (plan.Return is { } r && status is OrderStatus.Delivered or OrderStatus.Returned)
        {
            var returned = r.WholeOrder ? lines : [lines[r.LineIndex]];
            var amount = 0L;
            long? firstReturnId = null;
            foreach (var line in returned)
            {
                var quantity = r.WholeOrder ? line.Quantity : Math.Min(r.Quantity, line.Quantity);
                var id = ++nextReturnId;
                firstReturnId ??= id;
                returns.Add(new OrderReturn(id, plan.Number, line.Id, quantity, r.Reason, r.Status, $"RL-{plan.Number}-{returns.Count + 1}", r.CreatedAt));
                amount += quantity * line.UnitPriceCents;
            }

            if (r.RefundStatus is { } refundStatus && paid)
            {
                refunds.Add(new Refund(++nextRefundId, plan.Number, firstReturnId, amount, "original_payment", refundStatus, r.RefundCreatedAt!.Value, r.RefundCompletedAt));
            }
        }

        return new OrderDetails(order, lines, shipment, payments, returns, refunds, invoice);
    }

    private Shipment MakeShipment(Random rnd, OrderPlan plan, PostalAddress address)
    {
        var shippedAt = plan.ShippedAt!.Value;
        var plannedDelivery = plan.DeliveredAt ?? shippedAt.AddDays(3);
        var id = ++nextShipmentId;
        var events = new List<TrackingEvent>();
        void Add(DateTimeOffset at, string location, string description)
        {
            if (at <= now) events.Add(new TrackingEvent(++nextEventId, id, TrimToSeconds(at), location, description));
        }

        var hub = rnd.Pick(DemoCatalog.Hubs);
        Add(shippedAt.AddHours(-3), Warehouse, "Label created, parcel packed");
        Add(shippedAt, Warehouse, $"Collected by {plan.Carrier}");
        Add(shippedAt.AddHours(9), hub, "Arrived at sorting hub");
        Add(plannedDelivery.AddHours(-5), address.City, "Out for delivery");
        Add(plannedDelivery, address.City, rnd.Chance(0.7) ? "Delivered, handed to resident" : "Delivered, left in safe place");

        var delivered = plannedDelivery <= now;
        var status = delivered ? ShipmentStatus.Delivered
            : plannedDelivery.AddHours(-5) <= now ? ShipmentStatus.OutForDelivery
            : shippedAt.AddHours(9) <= now ? ShipmentStatus.InTransit
            : ShipmentStatus.LabelCreated;
        var digits = rnd.Next(1000, 10000);
        var tracking = plan.Carrier switch
        {
            "Royal Mail" => Invariant($"RM{plan.Number}{digits}GB"),
            "DPD" => Invariant($"15{plan.Number}{digits}"),
            "Evri" => Invariant($"H0{plan.Number}{digits}"),
            "DHL Parcel" => Invariant($"JD0{plan.Number}{digits}"),
            _ => Invariant($"1Z{plan.Number}{digits}"),
        };
        return new Shipment(id, plan.Number, plan.Carrier, tracking, status, shippedAt, DateOnly.FromDateTime(plannedDelivery.UtcDateTime),
            delivered ? plannedDelivery : null, events);
    }
}
