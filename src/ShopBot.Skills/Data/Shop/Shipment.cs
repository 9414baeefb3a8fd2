namespace ShopBot.Skills.Data.Shop;

/// <summary>The parcel of an order with its carrier scans, oldest first.</summary>
public sealed record Shipment(
    long Id,
    int OrderNumber,
    string Carrier,
    string TrackingNumber,
    ShipmentStatus Status,
    DateTimeOffset? ShippedAt,
    DateOnly? EstimatedDelivery,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<TrackingEvent> Events);
