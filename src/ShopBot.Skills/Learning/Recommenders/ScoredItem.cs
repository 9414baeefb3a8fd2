namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>An item id with a score (similarity, predicted preference...).</summary>
public readonly record struct ScoredItem(string ItemId, double Score);
