namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Trains every component of the hybrid recommender on one shop's interactions and catalogue.</summary>
public sealed class HybridRecommenderTrainer(HybridRecommenderOptions? options = null)
{
    private readonly HybridRecommenderOptions _options = options ?? new HybridRecommenderOptions();

    /// <summary>
    /// Fits on implicit strengths (e.g. <see cref="ImplicitFeedbackOptions.ToInteractions"/>); interactions with
    /// products outside <paramref name="catalogue"/> are ignored. Works with no interactions at all (popularity 0,
    /// content only).
    /// </summary>
    public HybridRecommender Fit(IEnumerable<Interaction> interactions, IReadOnlyList<ItemInfo> catalogue)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (catalogue.Count == 0) throw new ArgumentException("the catalogue is empty", nameof(catalogue));
        var content = new ContentTrainer(_options.Content).Fit(catalogue);
        var known = content.Items;
        var matrix = InteractionMatrix.Build(
            interactions.Where(x => x.ItemId is not null && known.TryGetIndex(x.ItemId, out _)),
            DuplicateHandling.Sum,
            known.Ids);
        var knn = new ItemKnnTrainer(_options.ItemKnn).Fit(matrix);
        var als = matrix.NonZeroCount > 0 ? new ImplicitAlsTrainer(_options.Als).Fit(matrix) : null;
        var popularity = new PopularityTrainer().Fit(matrix);
        return new HybridRecommender([.. catalogue], matrix, knn, als, content, popularity, _options);
    }
}
