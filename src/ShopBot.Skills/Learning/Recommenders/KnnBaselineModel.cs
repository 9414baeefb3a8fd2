namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>A trained item-based kNN-with-baselines rating predictor (keeps the training ratings for the neighbours' deviations).</summary>
public sealed class KnnBaselineModel : IRatingPredictor
{
    private readonly InteractionMatrix _ratings;
    private readonly BaselineModel _baseline;
    private readonly ItemKnnModel _knn;
    private readonly int _k;

    internal KnnBaselineModel(InteractionMatrix ratings, BaselineModel baseline, ItemKnnModel knn, int k)
    {
        _ratings = ratings;
        _baseline = baseline;
        _knn = knn;
        _k = k;
    }

    /// <inheritdoc />
    public double Predict(string userId, string itemId)
    {
        var u = _ratings.Users.IndexOf(userId);
        var i = _ratings.Items.IndexOf(itemId);
        var b = _baseline.GlobalMean + (u >= 0 ? _baseline.UserBiases[u] : 0) + (i >= 0 ? _baseline.ItemBiases[i] : 0);
        if (u < 0 || i < 0) return Math.Clamp(b, _baseline.MinRating, _baseline.MaxRating);
        var rated = _ratings.RowItems(u);
        var values = _ratings.RowValues(u);
        var neighbours = _knn.Neighbours(i);
        var sims = _knn.NeighbourSimilarities(i);
        double num = 0, den = 0;
        var used = 0;
        for (var n = 0; n < neighbours.Length && used < _k; n++)
        {
            var j = neighbours[n];
            var at = rated.BinarySearch(j);
            if (at < 0 || sims[n] <= 0) continue;
            var bj = _baseline.GlobalMean + _baseline.UserBiases[u] + _baseline.ItemBiases[j];
            num += sims[n] * (values[at] - bj);
            den += sims[n];
            used++;
        }
        return Math.Clamp(den > 0 ? b + num / den : b, _baseline.MinRating, _baseline.MaxRating);
    }
}
