namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// The shop's recommender: item-item CF, implicit ALS, TF-IDF content and popularity combined by
/// <see cref="HybridRanker"/>, constrained by the shopper's filters, diversified, each item with a reason.
/// Item index = catalogue position in every component.
/// </summary>
public sealed class HybridRecommender
{
    private readonly ItemInfo[] _catalogue;
    private readonly InteractionMatrix _matrix;
    private readonly ItemKnnModel _knn;
    private readonly ImplicitAlsModel? _als;
    private readonly ContentModel _content;
    private readonly PopularityModel _popularity;
    private readonly HybridRecommenderOptions _options;
    private readonly HybridRanker _ranker;

    internal HybridRecommender(ItemInfo[] catalogue, InteractionMatrix matrix, ItemKnnModel knn, ImplicitAlsModel? als,
        ContentModel content, PopularityModel popularity, HybridRecommenderOptions options)
    {
        _catalogue = catalogue;
        _matrix = matrix;
        _knn = knn;
        _als = als;
        _content = content;
        _popularity = popularity;
        _options = options;
        _ranker = new HybridRanker(options.Ranker);
    }

    /// <summary>Personalised recommendations (popular items for a shopper without history).</summary>
    /// <exception cref="ArgumentException">Count below 1 or contradictory constraints.</exception>
    public IReadOnlyList<Recommendation> Recommend(RecommendationRequest request) => Recommend(request, ReasonCodes.BecauseYouBought);

    private List<Recommendation> Recommend(RecommendationRequest request, string neighbourReason)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Count < 1) throw new ArgumentException($"Count must be at least 1, was {request.Count}", nameof(request));
        var constraints = request.Constraints ?? RecommendationConstraints.None;
        constraints.Validate();
        var (history, weights) = History(request);
        var n = _catalogue.Length;
        var eligible = Eligible(constraints, _options.ExcludeHistory ? history : []);

        var popularity = new double[n];
        _popularity.Score(popularity);
        if (history.Length == 0)
            return Explain(_ranker.Rank(new RankingSignals { Popularity = popularity }, eligible, request.Count, _content.Similarity), history, weights, null, neighbourReason);

        var collaborative = new double[n];
        var anchors = new int[n];
        _knn.Score(history, weights, collaborative, anchors, new double[n]);
        var content = new double[n];
        _content.Score(history, weights, new double[_content.VocabularySize], content);
        double[]? factorization = null;
        if (_als is not null)
        {
            factorization = new double[n];
            var user = request.UserId is null ? -1 : _matrix.Users.IndexOf(request.UserId);
            if (user >= 0 && request.RecentItemIds is not { Count: > 0 }) _als.Score(user, factorization);
            else
            {
                var vector = new double[_als.Factors];
                _als.FoldIn(history, weights, vector);
                _als.ScoreVector(vector, factorization);
            }
        }
        // Products nobody interacted with yet have no collaborative evidence: unknown, not zero.
        for (var i = 0; i < n; i++)
            if (_matrix.ColumnUsers(i).Length == 0)
            {
                collaborative[i] = double.NaN;
                if (factorization is not null) factorization[i] = double.NaN;
            }
        var signals = new RankingSignals { Collaborative = collaborative, Factorization = factorization, Content = content, Popularity = popularity };
        return Explain(_ranker.Rank(signals, eligible, request.Count, _content.Similarity), history, weights, anchors, neighbourReason);
    }

    /// <summary>"More like this": items similar to <paramref name="itemId"/> by co-interaction and content, constrained.</summary>
    /// <exception cref="ArgumentException">Unknown item or count below 1.</exception>
    public IReadOnlyList<Recommendation> SimilarTo(string itemId, RecommendationConstraints? constraints = null, int count = 5)
    {
        if (!_content.Items.TryGetIndex(itemId ?? "", out var anchor)) throw new ArgumentException($"unknown item '{itemId}'", nameof(itemId));
        if (count < 1) throw new ArgumentException($"count must be at least 1, was {count}", nameof(count));
        (constraints ?? RecommendationConstraints.None).Validate();
        return Recommend(new RecommendationRequest(null, [itemId!], constraints, count), ReasonCodes.SimilarTo);
    }

    private (int[] Items, double[] Weights) History(RecommendationRequest request)
    {
        var items = new Dictionary<int, double>();
        if (request.UserId is not null && _matrix.Users.TryGetIndex(request.UserId, out var u))
        {
            var row = _matrix.RowItems(u);
            var values = _matrix.RowValues(u);
            for (var k = 0; k < row.Length; k++) items[row[k]] = values[k];
        }
        foreach (var id in request.RecentItemIds ?? [])
            if (id is not null && _content.Items.TryGetIndex(id, out var i)) items[i] = items.GetValueOrDefault(i) + 1;
        return ([.. items.Keys], [.. items.Values]);
    }

    private bool[] Eligible(RecommendationConstraints constraints, int[] exclude)
    {
        var eligible = new bool[_catalogue.Length];
        for (var i = 0; i < eligible.Length; i++) eligible[i] = constraints.Matches(_catalogue[i]);
        foreach (var i in exclude) eligible[i] = false;
        return eligible;
    }

    private List<Recommendation> Explain(IReadOnlyList<RankedItem> ranked, int[] history, double[] weights, int[]? anchors, string neighbourReason)
    {
        var result = new List<Recommendation>(ranked.Count);
        foreach (var r in ranked)
        {
            var item = _catalogue[r.Index];
            var reason = r.Dominant switch
            {
                RankingSignal.Collaborative when anchors is not null && anchors[r.Index] is var a and >= 0 => Anchored(neighbourReason, a),
                RankingSignal.Content when BestContentAnchor(history, weights, r.Index) is var a and >= 0 => Anchored(ReasonCodes.SimilarTo, a),
                RankingSignal.Factorization => new RecommendationReason(ReasonCodes.RecommendedForYou, new Dictionary<string, string>()),
                _ => new RecommendationReason(ReasonCodes.PopularInCategory, new Dictionary<string, string> { ["category"] = item.Category }),
            };
            result.Add(new Recommendation(item, r.Score, reason));
        }
        return result;
    }

    /// <summary>The most content-similar item among the shopper's strongest history items (at most <see cref="MaxAnchorCandidates"/> looked at).</summary>
    private int BestContentAnchor(int[] history, double[] weights, int item)
    {
        var maxWeight = weights.Length == 0 ? 0 : weights.Max();
        int best = -1, looked = 0;
        double bestSim = 0;
        for (var h = 0; h < history.Length && looked < MaxAnchorCandidates; h++)
        {
            if (weights[h] < maxWeight) continue;
            looked++;
            if (_content.Similarity(history[h], item) is var s && s > bestSim) (best, bestSim) = (history[h], s);
        }
        return best;
    }

    private const int MaxAnchorCandidates = 256;

    private RecommendationReason Anchored(string code, int anchor) =>
        new(code, new Dictionary<string, string> { ["anchor_id"] = _catalogue[anchor].Id, ["anchor_name"] = _catalogue[anchor].Name });
}
