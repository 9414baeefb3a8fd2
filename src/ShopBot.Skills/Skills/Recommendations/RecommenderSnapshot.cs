using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>One trained recommender with the catalogue it was trained on.</summary>
/// <param name="Model">The trained hybrid recommender; null while the catalogue is empty (nothing to recommend).</param>
/// <param name="AlsoBought">Co-purchase partners ("shoppers who bought X also bought"); null without a model.</param>
/// <param name="Items">The recommender's catalogue facts by item id (constraints are applied to these).</param>
/// <param name="Products">Catalogue products by id (as text, the recommender's item id); internal fields are never rendered.</param>
/// <param name="Fingerprint">SHA-256 of the training data (catalogue + interactions + weights), hex.</param>
/// <param name="Interactions">Interactions used (after weighting; zero-strength ones dropped).</param>
/// <param name="Shoppers">Distinct shoppers with at least one interaction.</param>
/// <param name="TrainingTime">Wall time of reading the data and fitting.</param>
/// <param name="TrainedAt">When the fit finished.</param>
public sealed record RecommenderSnapshot(
    HybridRecommender? Model,
    AlsoBoughtModel? AlsoBought,
    IReadOnlyDictionary<string, ItemInfo> Items,
    IReadOnlyDictionary<string, Product> Products,
    string Fingerprint,
    int Interactions,
    int Shoppers,
    TimeSpan TrainingTime,
    DateTimeOffset TrainedAt)
{
    /// <summary>The model cache key of this data and the ALS options (null without a model).</summary>
    public string? ModelKey { get; init; }

    /// <summary>True when the ALS factors were loaded from the model cache instead of fitted.</summary>
    public bool FactorsFromCache { get; init; }
}
