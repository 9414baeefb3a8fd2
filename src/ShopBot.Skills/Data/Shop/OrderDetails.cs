namespace ShopBot.Skills.Data.Shop;

/// <summary>An order with everything a support answer needs.</summary>
public sealed record OrderDetails(
    Order Order,
    IReadOnlyList<OrderLine> Lines,
    Shipment? Shipment,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<OrderReturn> Returns,
    IReadOnlyList<Refund> Refunds,
    Invoice? Invoice)
{
    /// <summary>Sum of captured payments.</summary>
    public long PaidCents => Payments.Where(p => p.Status == PaymentStatus.Captured).Sum(p => p.AmountCents);

    /// <summary>Sum of refunds that did not fail (pending ones count: the money is promised).</summary>
    public long RefundedCents => Refunds.Where(r => r.Status != RefundStatus.Failed).Sum(r => r.AmountCents);

    /// <summary>What can still be refunded: paid minus refunded, never negative.</summary>
    public long RefundableCents => Math.Max(0, PaidCents - RefundedCents);

    /// <summary>Units of a line already returned or on their way back (rejected returns excluded).</summary>
    public int ReturnedQuantity(long lineId) =>
        Returns.Where(r => r.OrderLineId == lineId && r.Status != ReturnStatus.Rejected).Sum(r => r.Quantity);
}
