namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>One observed interaction: a rating, or an implicit strength (views, carts, purchases) already weighted.</summary>
/// <param name="UserId">The shopper.</param>
/// <param name="ItemId">The product.</param>
/// <param name="Value">The rating or implicit strength; must be finite.</param>
/// <param name="Timestamp">Optional time (any monotone unit, e.g. Unix seconds), used for time-based splits.</param>
public readonly record struct Interaction(string UserId, string ItemId, double Value, long? Timestamp = null);
