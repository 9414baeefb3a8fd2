namespace ShopBot.Skills.Data.Shop;

/// <summary>A customer's interaction with a product; <see cref="Value"/> depends on <see cref="Kind"/>.</summary>
public sealed record ProductInteraction(long CustomerId, long ProductId, InteractionKind Kind, double Value, DateTimeOffset At);
