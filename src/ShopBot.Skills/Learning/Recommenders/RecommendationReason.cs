namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Why an item is recommended: a <see cref="ReasonCodes"/> code and its template arguments.</summary>
public sealed record RecommendationReason(string Code, IReadOnlyDictionary<string, string> Args);
