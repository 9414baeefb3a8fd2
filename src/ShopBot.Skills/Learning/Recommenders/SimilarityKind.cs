namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Item-item similarity measure.</summary>
public enum SimilarityKind
{
    /// <summary>Cosine of the item columns, missing cells counted as 0 (suits implicit feedback).</summary>
    Cosine,

    /// <summary>
    /// Adjusted cosine (Sarwar et al. 2001): values centred by each user's mean rating, sums over the users who
    /// rated both items (suits explicit ratings: removes each user's rating scale).
    /// </summary>
    AdjustedCosine,

    /// <summary>
    /// Pearson-baseline (as in Surprise): values centred by the baseline estimate mu + b(u) + b(i) of a
    /// <see cref="BaselineOnlyTrainer"/>, sums over the users who rated both items.
    /// </summary>
    PearsonBaseline,
}
