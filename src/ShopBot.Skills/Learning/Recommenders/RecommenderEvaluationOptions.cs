namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="RecommenderEvaluator"/>.</summary>
public sealed class RecommenderEvaluationOptions
{
    /// <summary>Folds of the rating-prediction cross-validation. Default 5.</summary>
    public int Folds { get; set; } = 5;

    /// <summary>Seed of the fold shuffle and of random hold-outs. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>List length of the top-k metrics. Default 10.</summary>
    public int TopK { get; set; } = 10;

    /// <summary>Share of each user's interactions held out for top-k (their latest by time when timestamps exist). Default 0.2.</summary>
    public double HoldOutFraction { get; set; } = 0.2;

    /// <summary>
    /// A held-out rating counts as relevant when at least this value. Default 4 (explicit 1-5 stars).
    /// Ignored when <see cref="Implicit"/>: then every held-out interaction is relevant.
    /// </summary>
    public double RelevanceThreshold { get; set; } = 4;

    /// <summary>The values are implicit strengths, not ratings (all held-out items relevant). Default false.</summary>
    public bool Implicit { get; set; }

    /// <summary>Options of the explicit models under test (biased MF and SVD++ share them).</summary>
    public BiasedMfOptions Factorization { get; set; } = new() { Factors = 100, Epochs = 30, LearningRate = 0.007, Regularization = 0.05 };

    /// <summary>The headline rmse/mae are SVD++'s (true) or plain biased MF's (false); both are always measured. Default true.</summary>
    public bool UseSvdPlusPlus { get; set; } = true;

    /// <summary>The Surprise-style BaselineOnly reported beside it.</summary>
    public BaselineOnlyOptions Baseline { get; set; } = new();

    /// <summary>The ALS part of the top-k model (implicit ALS on the training interactions, strength = value).</summary>
    public ImplicitAlsOptions TopKModel { get; set; } = new() { Factors = 48, Iterations = 10, Regularization = 50, Alpha = 5 };

    /// <summary>Item-item neighbours of the top-k model.</summary>
    public ItemKnnOptions TopKNeighbours { get; set; } = new() { Neighbours = 50 };

    /// <summary>How the top-k model blends item kNN, ALS and popularity (content is not available from a ratings file).</summary>
    public HybridRankerOptions TopKRanker { get; set; } = new() { CollaborativeWeight = 0.3, FactorizationWeight = 0.5, ContentWeight = 0, PopularityWeight = 0.2, DiversityLambda = 1 };

    /// <summary>
    /// When the log has timestamps, a user's history item weighs value * 0.5^(age / half-life) in the item-kNN signal,
    /// age = how many of the user's training interactions are newer. 0 = no recency weighting. Default 10.
    /// </summary>
    public double RecencyHalfLife { get; set; } = 10;

    /// <summary>
    /// The top-k model learns from strength = max(0, value - offset): with 1-5 stars and offset 2.5, a 5 counts 2.5,
    /// a 3 counts 0.5 and a 2 counts as no signal. Ignored when <see cref="Implicit"/>. Default 3 (tuned for 0.5-5 stars).
    /// </summary>
    public double StrengthOffset { get; set; } = 3;

    internal void Validate()
    {
        if (Folds < 2) throw new ArgumentException($"Folds must be at least 2, was {Folds}");
        if (TopK < 1) throw new ArgumentException($"TopK must be at least 1, was {TopK}");
        if (!double.IsFinite(StrengthOffset)) throw new ArgumentException($"StrengthOffset must be finite, was {StrengthOffset}");
        if (!(RecencyHalfLife >= 0)) throw new ArgumentException($"RecencyHalfLife must be >= 0, was {RecencyHalfLife}");
        if (!(HoldOutFraction is > 0 and < 1)) throw new ArgumentException($"HoldOutFraction must be in (0, 1), was {HoldOutFraction}");
    }
}
