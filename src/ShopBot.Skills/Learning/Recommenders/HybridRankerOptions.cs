namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="HybridRanker"/>.</summary>
public sealed class HybridRankerOptions
{
    /// <summary>Weight of the item-item CF signal. Default 0.35.</summary>
    public double CollaborativeWeight { get; set; } = 0.35;

    /// <summary>Weight of the matrix-factorisation signal. Default 0.35.</summary>
    public double FactorizationWeight { get; set; } = 0.35;

    /// <summary>Weight of the content signal. Default 0.2.</summary>
    public double ContentWeight { get; set; } = 0.2;

    /// <summary>Weight of popularity. Default 0.1.</summary>
    public double PopularityWeight { get; set; } = 0.1;

    /// <summary>
    /// Maximal marginal relevance trade-off: each pick maximises lambda * relevance - (1 - lambda) * (highest
    /// similarity to an item already picked). 1 = pure relevance. Default 0.7.
    /// </summary>
    public double DiversityLambda { get; set; } = 0.7;

    /// <summary>How many of the most relevant items the diversity step chooses from. Default 50.</summary>
    public int CandidatePool { get; set; } = 50;

    internal double Weight(RankingSignal s) => s switch
    {
        RankingSignal.Collaborative => CollaborativeWeight,
        RankingSignal.Factorization => FactorizationWeight,
        RankingSignal.Content => ContentWeight,
        _ => PopularityWeight,
    };

    internal void Validate()
    {
        foreach (var w in new[] { CollaborativeWeight, FactorizationWeight, ContentWeight, PopularityWeight })
            if (!(w >= 0) || double.IsInfinity(w)) throw new ArgumentException($"signal weights must be finite and >= 0, got {w}");
        if (!(DiversityLambda is >= 0 and <= 1)) throw new ArgumentException($"DiversityLambda must be in [0, 1], was {DiversityLambda}");
        if (CandidatePool < 1) throw new ArgumentException($"CandidatePool must be at least 1, was {CandidatePool}");
    }
}
