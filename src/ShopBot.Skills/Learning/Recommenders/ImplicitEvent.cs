namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>One implicit-feedback event (a view, a cart addition, a purchase).</summary>
public readonly record struct ImplicitEvent(string UserId, string ItemId, InteractionKind Kind, long? Timestamp = null);
