namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Raw per-item scores for <see cref="HybridRanker"/>, each array indexed by item (null = signal not available;
/// NaN in an entry = unknown for that item, e.g. collaborative scores of a product nobody bought yet).
/// </summary>
public sealed class RankingSignals
{
    /// <summary>Item-item CF scores.</summary>
    public double[]? Collaborative { get; init; }

    /// <summary>Matrix-factorisation scores.</summary>
    public double[]? Factorization { get; init; }

    /// <summary>Content similarity scores.</summary>
    public double[]? Content { get; init; }

    /// <summary>Popularity scores.</summary>
    public double[]? Popularity { get; init; }

    internal double[]? Get(RankingSignal s) => s switch
    {
        RankingSignal.Collaborative => Collaborative,
        RankingSignal.Factorization => Factorization,
        RankingSignal.Content => Content,
        _ => Popularity,
    };
}
