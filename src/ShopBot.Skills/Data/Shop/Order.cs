namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// An order header. <see cref="Number"/> is the 6-digit number the customer sees (from 100000).
/// <see cref="Version"/> grows with every change and guards concurrent changes.
/// </summary>
public sealed record Order(
    int Number,
    long CustomerId,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    long SubtotalCents,
    long ShippingCents,
    long TotalCents,
    string Currency,
    PostalAddress ShippingAddress,
    string ShippingMethod,
    int Version);
