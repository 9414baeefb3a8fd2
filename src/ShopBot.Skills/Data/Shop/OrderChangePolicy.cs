using Microsoft.Extensions.Options;

namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// The business rules for order changes, as pure functions of an order's details and "now". Dialogs call them to
/// tell the customer before asking for confirmation; the stores call them again inside the change transaction.
/// </summary>
public sealed class OrderChangePolicy
{
    private readonly ShopPolicyOptions options;

    public OrderChangePolicy(IOptions<ShopPolicyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.options.Validate();
    }

    /// <summary>The options in force.</summary>
    public ShopPolicyOptions Options => options;

    /// <summary>True while the order has not left the warehouse.</summary>
    public static bool IsBeforeShipment(OrderStatus status) => status is OrderStatus.Pending or OrderStatus.Paid or OrderStatus.Processing;

    /// <summary>Cancel: only before shipment; the fee depends on the status; the rest of what was paid is refunded.</summary>
    public PolicyDecision EvaluateCancel(OrderDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var order = details.Order;
        if (order.Status == OrderStatus.Cancelled) return PolicyDecision.Deny(ChangeReason.AlreadyCancelled, $"Order {order.Number} is already cancelled.");
        if (!IsBeforeShipment(order.Status)) return PolicyDecision.Deny(ChangeReason.AlreadyShipped, $"Order {order.Number} has already been shipped; it can be returned instead.");
        var percent = order.Status == OrderStatus.Processing ? options.CancellationFeePercentWhileProcessing : options.CancellationFeePercentBeforeProcessing;
        var fee = (long)Math.Round(order.TotalCents * percent / 100m, MidpointRounding.AwayFromZero);
        fee = Math.Min(fee, details.RefundableCents);
        var refund = details.RefundableCents - fee;
        return new PolicyDecision(true, ChangeReason.None, $"Order {order.Number} can be cancelled.", refund, fee);
    }

    /// <summary>Address change: only before shipment and not on a cancelled order.</summary>
    public PolicyDecision EvaluateAddressChange(OrderDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var order = details.Order;
        if (order.Status == OrderStatus.Cancelled) return PolicyDecision.Deny(ChangeReason.AlreadyCancelled, $"Order {order.Number} is cancelled.");
        if (!IsBeforeShipment(order.Status)) return PolicyDecision.Deny(ChangeReason.AlreadyShipped, $"Order {order.Number} has already been shipped, so its address cannot change.");
        return new PolicyDecision(true, ChangeReason.None, $"The address of order {order.Number} can be changed.");
    }

    /// <summary>Line quantity change: only before shipment, 1..MaxLineQuantity.</summary>
    public PolicyDecision EvaluateLineChange(OrderDetails details, long lineId, int newQuantity)
    {
        ArgumentNullException.ThrowIfNull(details);
        var order = details.Order;
        if (order.Status == OrderStatus.Cancelled) return PolicyDecision.Deny(ChangeReason.AlreadyCancelled, $"Order {order.Number} is cancelled.");
        if (!IsBeforeShipment(order.Status)) return PolicyDecision.Deny(ChangeReason.AlreadyShipped, $"Order {order.Number} has already been shipped, so it cannot be changed.");
        var line = details.Lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null) return PolicyDecision.Deny(ChangeReason.LineNotFound, $"Order {order.Number} has no line {lineId}.");
        if (newQuantity < 1 || newQuantity > options.MaxLineQuantity) return PolicyDecision.Deny(ChangeReason.InvalidQuantity, $"The quantity must be between 1 and {options.MaxLineQuantity}.");
        return new PolicyDecision(true, ChangeReason.None, $"Line {lineId} can be changed.", (newQuantity - line.Quantity) * line.UnitPriceCents);
    }

    /// <summary>Return: a delivered order, within the window from delivery, at most bought minus already returned.</summary>
    public PolicyDecision EvaluateReturn(OrderDetails details, long lineId, int quantity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var order = details.Order;
        var line = details.Lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null) return PolicyDecision.Deny(ChangeReason.LineNotFound, $"Order {order.Number} has no line {lineId}.");
        if (quantity < 1) return PolicyDecision.Deny(ChangeReason.InvalidQuantity, "At least one unit must be returned.");
        if (order.Status is not (OrderStatus.Delivered or OrderStatus.Returned) || details.Shipment?.DeliveredAt is null)
        {
            return PolicyDecision.Deny(ChangeReason.NotDelivered, $"Order {order.Number} has not been delivered yet.");
        }

        var deadline = details.Shipment.DeliveredAt.Value.AddDays(options.ReturnWindowDays);
        if (now > deadline) return PolicyDecision.Deny(ChangeReason.ReturnWindowExpired, $"The {options.ReturnWindowDays}-day return window of order {order.Number} ended on {deadline:yyyy-MM-dd}.");
        var returnable = line.Quantity - details.ReturnedQuantity(lineId);
        if (quantity > returnable) return PolicyDecision.Deny(ChangeReason.QuantityExceedsReturnable, $"Only {returnable} unit(s) of {line.ProductName} can still be returned.");
        return new PolicyDecision(true, ChangeReason.None, $"{quantity} unit(s) of {line.ProductName} can be returned.", quantity * line.UnitPriceCents);
    }

    /// <summary>Refund: a positive amount not larger than paid minus refunded.</summary>
    public static PolicyDecision EvaluateRefund(OrderDetails details, long amountCents)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (amountCents <= 0) return PolicyDecision.Deny(ChangeReason.InvalidAmount, "A refund must be a positive amount.");
        if (amountCents > details.RefundableCents)
        {
            return PolicyDecision.Deny(ChangeReason.AmountExceedsRefundable, $"At most {details.RefundableCents / 100m:0.00} can be refunded on order {details.Order.Number}.");
        }

        return new PolicyDecision(true, ChangeReason.None, "The refund can be made.", amountCents);
    }
}
