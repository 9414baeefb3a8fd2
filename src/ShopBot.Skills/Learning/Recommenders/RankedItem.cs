namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>One ranked item: its index, combined relevance in [0, 1] and the signal that contributed most.</summary>
public readonly record struct RankedItem(int Index, double Score, RankingSignal Dominant);
