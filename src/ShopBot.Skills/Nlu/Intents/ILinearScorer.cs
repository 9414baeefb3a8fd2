namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A model whose unnormalised class scores are linear in the features: s_y = bias_y + Σ_f x_f W[f, y], with W stored
/// feature-major (row f holds the weights of every class). Lets an ensemble fold its members into one weight matrix.
/// </summary>
internal interface ILinearScorer
{
    /// <summary>Number of feature rows of <see cref="LinearWeights"/>.</summary>
    int FeatureCount { get; }

    /// <summary>The feature-major weights, FeatureCount × ClassCount.</summary>
    ReadOnlySpan<float> LinearWeights { get; }

    /// <summary>The bias (or log prior) of class <paramref name="label"/>.</summary>
    double LinearBias(int label);
}
