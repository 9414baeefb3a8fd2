namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Item-based kNN with baselines (Koren 2010; Surprise's KNNBaseline): r(u, i) = b(u, i) + sum over the k items j most
/// similar to i that u rated of s(i, j) (r(u, j) - b(u, j)) / sum of s(i, j), with b = BaselineOnly and s the shrunk
/// pearson-baseline similarity (positive neighbours only).
/// </summary>
public sealed class KnnBaselineTrainer(KnnBaselineOptions? options = null)
{
    private readonly KnnBaselineOptions _options = options ?? new KnnBaselineOptions();

    /// <summary>Fits baselines and neighbour lists on explicit ratings.</summary>
    public KnnBaselineModel Fit(InteractionMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        _options.Validate();
        var baseline = new BaselineOnlyTrainer(_options.Baseline).Fit(ratings);
        var knn = new ItemKnnTrainer(new ItemKnnOptions
        {
            Similarity = SimilarityKind.PearsonBaseline,
            Neighbours = _options.StoredNeighbours,
            Shrinkage = _options.Shrinkage,
            Baseline = _options.Baseline,
        }).Fit(ratings);
        return new KnnBaselineModel(ratings, baseline, knn, _options.Neighbours);
    }
}
