namespace ShopBot.Skills.Data.Shop;

/// <summary>Life cycle of an order. Stored as lower-case text (<c>pending</c>, <c>paid</c>, ...).</summary>
public enum OrderStatus
{
    /// <summary>Placed, payment not captured yet.</summary>
    Pending,
    /// <summary>Payment captured, not yet picked.</summary>
    Paid,
    /// <summary>Being picked and packed in the warehouse.</summary>
    Processing,
    /// <summary>Handed to the carrier.</summary>
    Shipped,
    /// <summary>Delivered to the customer.</summary>
    Delivered,
    /// <summary>Cancelled before shipment.</summary>
    Cancelled,
    /// <summary>Every line was returned.</summary>
    Returned,
}
