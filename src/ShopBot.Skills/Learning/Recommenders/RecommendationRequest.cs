namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>What to recommend.</summary>
/// <param name="UserId">The shopper, when known (null or unknown = cold start unless <paramref name="RecentItemIds"/> has items).</param>
/// <param name="RecentItemIds">Items touched in this conversation (added to the shopper's history; unknown ids ignored).</param>
/// <param name="Constraints">Filters from the shopper's words.</param>
/// <param name="Count">How many items (at least 1).</param>
public sealed record RecommendationRequest(
    string? UserId = null,
    IReadOnlyList<string>? RecentItemIds = null,
    RecommendationConstraints? Constraints = null,
    int Count = 5);
