namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>One recommended product with its relevance in [0, 1] and its reason.</summary>
public sealed record Recommendation(ItemInfo Item, double Score, RecommendationReason Reason);
