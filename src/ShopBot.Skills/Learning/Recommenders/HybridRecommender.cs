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
        _newItems = [.. Enumerable.Range(0, catalogue.Length).Where(i => matrix.ColumnUsers(i).Length == 0)];
    }

    private readonly int[] _newItems;

    /// <summary>The implicit ALS component (null when there were no interactions); save it to skip refitting next time.</summary>
    public ImplicitAlsModel? Als => _als;
    private readonly System.Collections.Concurrent.ConcurrentBag<Scratch> _scratch = [];

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
        var scratch = _scratch.TryTake(out var pooled) ? pooled : new Scratch(_catalogue.Length, _content.VocabularySize, _als?.Factors ?? 1);
        try
        {
            return Recommend(request, neighbourReason, constraints, history, weights, scratch);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    private List<Recommendation> Recommend(RecommendationRequest request, string neighbourReason, RecommendationConstraints constraints,
        int[] history, double[] weights, Scratch scratch)
    {
        var n = _catalogue.Length;
        var eligible = scratch.Eligible;
        for (var i = 0; i < n; i++) eligible[i] = constraints.Matches(_catalogue[i]);
        if (_options.ExcludeHistory) foreach (var i in history) eligible[i] = false;

        _popularity.Score(scratch.Popularity);
        if (history.Length == 0)
        {
            var popular = _ranker.Rank(new RankingSignals { Popularity = scratch.Popularity }, eligible, request.Count, _content.Similarity, scratch.Scores, scratch.Dominant);
            return Explain(popular, history, weights, null, neighbourReason);
        }

        _knn.Score(history, weights, scratch.Collaborative, scratch.Anchors, scratch.Best);
        _content.Score(history, weights, scratch.Profile, scratch.Content);
        double[]? factorization = null;
        if (_als is not null)
        {
            factorization = scratch.Factorization;
            var user = request.UserId is null ? -1 : _matrix.Users.IndexOf(request.UserId);
            if (user >= 0 && request.RecentItemIds is not { Count: > 0 }) _als.Score(user, factorization);
            else
            {
                _als.FoldIn(history, weights, scratch.Vector);
                _als.ScoreVector(scratch.Vector, factorization);
            }
        }
        // Products nobody interacted with yet have no collaborative evidence: unknown, not zero.
        foreach (var i in _newItems)
        {
            scratch.Collaborative[i] = double.NaN;
            if (factorization is not null) factorization[i] = double.NaN;
        }
        var signals = new RankingSignals { Collaborative = scratch.Collaborative, Factorization = factorization, Content = scratch.Content, Popularity = scratch.Popularity };
        var ranked = _ranker.Rank(signals, eligible, request.Count, _content.Similarity, scratch.Scores, scratch.Dominant);
        return Explain(ranked, history, weights, scratch.Anchors, neighbourReason);
    }

    /// <summary>Per-request buffers (one slot per item), reused across requests; one per concurrent request.</summary>
    private sealed class Scratch(int items, int vocabulary, int factors)
    {
        public bool[] Eligible { get; } = new bool[items];
        public double[] Popularity { get; } = new double[items];
        public double[] Collaborative { get; } = new double[items];
        public double[] Best { get; } = new double[items];
        public int[] Anchors { get; } = new int[items];
        public double[] Content { get; } = new double[items];
        public double[] Profile { get; } = new double[vocabulary];
        public double[] Factorization { get; } = new double[items];
        public double[] Vector { get; } = new double[factors];
        public double[] Scores { get; } = new double[items];
        public RankingSignal[] Dominant { get; } = new RankingSignal[items];
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
