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
    public HybridRecommender Fit(IEnumerable<Interaction> interactions, IReadOnlyList<ItemInfo> catalogue) => Fit(interactions, catalogue, null);

    /// <summary>
    /// As <see cref="Fit(IEnumerable{Interaction}, IReadOnlyList{ItemInfo})"/>, reusing <paramref name="trainedAls"/>
    /// (the expensive component, e.g. loaded from a cache) instead of fitting ALS again when it was trained on exactly
    /// these shoppers and items; otherwise ALS is fitted as usual. <see cref="HybridRecommender.Als"/> is the model used.
    /// </summary>
    public HybridRecommender Fit(IEnumerable<Interaction> interactions, IReadOnlyList<ItemInfo> catalogue, ImplicitAlsModel? trainedAls)
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
        var als = matrix.NonZeroCount == 0 ? null
            : trainedAls is not null && Matches(trainedAls, matrix) ? trainedAls
            : new ImplicitAlsTrainer(_options.Als).Fit(matrix);
        var popularity = new PopularityTrainer().Fit(matrix);
        return new HybridRecommender([.. catalogue], matrix, knn, als, content, popularity, _options);
    }

    /// <summary>True when <paramref name="als"/> was trained on the same shoppers and items (same order) with the configured factors.</summary>
    public bool Matches(ImplicitAlsModel als, InteractionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(als);
        ArgumentNullException.ThrowIfNull(matrix);
        return als.Factors == _options.Als.Factors && als.Alpha.Equals(_options.Als.Alpha) && als.Regularization.Equals(_options.Als.Regularization)
            && als.Users.Ids.SequenceEqual(matrix.Users.Ids, StringComparer.Ordinal)
            && als.Items.Ids.SequenceEqual(matrix.Items.Ids, StringComparer.Ordinal);
    }
}
