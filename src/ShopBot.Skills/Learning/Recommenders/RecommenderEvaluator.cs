using System.Diagnostics;

namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Measures the recommenders on any rating or interaction log, always beside a popularity baseline run on the same split:
/// <list type="bullet">
/// <item>rating prediction: k-fold cross-validation (seeded shuffle) of biased MF, SVD++, BaselineOnly and the item-mean baseline (RMSE, MAE);</item>
/// <item>top-k: per user, the latest <see cref="RecommenderEvaluationOptions.HoldOutFraction"/> of their interactions by
/// time are held out (a seeded random share when the log has no timestamps); the model ranks every item the user has not
/// touched in training; precision, recall and NDCG at k, and catalogue coverage (share of training items in any list).</item>
/// </list>
/// </summary>
public sealed class RecommenderEvaluator(RecommenderEvaluationOptions? options = null)
{
    private readonly RecommenderEvaluationOptions _options = options ?? new RecommenderEvaluationOptions();

    /// <summary>Runs both evaluations.</summary>
    /// <exception cref="ArgumentException">Too few interactions or bad options.</exception>
    public RecommenderEvaluationReport Evaluate(IReadOnlyList<Interaction> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _options.Validate();
        if (data.Count < _options.Folds * 2) throw new ArgumentException($"need at least {_options.Folds * 2} interactions for {_options.Folds} folds, got {data.Count}");
        var all = InteractionMatrix.Build(data, DuplicateHandling.Last);
        var rating = RatingPrediction(data);
        var topK = TopKEvaluation(data);
        return new RecommenderEvaluationReport(
            data.Count, all.UserCount, all.ItemCount, _options.Folds,
            _options.UseSvdPlusPlus ? "SVD++" : "biased MF",
            _options.UseSvdPlusPlus ? rating.SvdPp.Rmse : rating.Mf.Rmse, _options.UseSvdPlusPlus ? rating.SvdPp.Mae : rating.Mf.Mae,
            rating.Mf.Rmse, rating.Mf.Mae, rating.SvdPp.Rmse, rating.SvdPp.Mae, rating.ItemMean.Rmse, rating.ItemMean.Mae, rating.Baseline.Rmse, rating.Baseline.Mae,
            _options.TopK, topK.Split, topK.Users,
            topK.Model.Precision, topK.Model.Recall, topK.Model.Ndcg, topK.Model.Coverage,
            topK.Popularity.Precision, topK.Popularity.Recall, topK.Popularity.Ndcg, topK.Popularity.Coverage,
            rating.MfSeconds, topK.TrainSeconds, topK.MillisecondsPerUser);
    }

    /// <summary>Fold index of every interaction: a seeded shuffle dealt round-robin into the folds.</summary>
    public static int[] AssignFolds(int count, int folds, int seed)
    {
        var order = new int[count];
        for (var k = 0; k < count; k++) order[k] = k;
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (var p = 0; p < count; p++) fold[order[p]] = p % folds;
        return fold;
    }

    /// <summary>
    /// Per user, marks the last <paramref name="fraction"/> of their interactions (by timestamp when every
    /// interaction has one, else a seeded random share) as held out; a user keeps at least one in training.
    /// </summary>
    public static bool[] HoldOutPerUser(IReadOnlyList<Interaction> data, double fraction, int seed, out bool byTime)
    {
        var timed = data.All(x => x.Timestamp.HasValue);
        byTime = timed;
        var random = new Random(seed);
        var heldOut = new bool[data.Count];
        foreach (var group in Enumerable.Range(0, data.Count).GroupBy(k => data[k].UserId, StringComparer.Ordinal))
        {
            var indices = group.ToArray();
            if (timed) Array.Sort(indices, (a, b) => data[a].Timestamp!.Value != data[b].Timestamp!.Value
                ? data[a].Timestamp!.Value.CompareTo(data[b].Timestamp!.Value) : a.CompareTo(b));
            else random.Shuffle(indices);
            var n = Math.Min((int)Math.Round(indices.Length * fraction), indices.Length - 1);
            for (var k = indices.Length - n; k < indices.Length; k++) heldOut[indices[k]] = true;
        }
        return heldOut;
    }

    private ((double Rmse, double Mae) Mf, (double Rmse, double Mae) SvdPp, (double Rmse, double Mae) Baseline, (double Rmse, double Mae) ItemMean, double MfSeconds) RatingPrediction(IReadOnlyList<Interaction> data)
    {
        var fold = AssignFolds(data.Count, _options.Folds, _options.Seed);
        double[] mf = new double[2], svdpp = new double[2], baseline = new double[2], itemMean = new double[2];
        double seconds = 0;
        for (var f = 0; f < _options.Folds; f++)
        {
            var train = InteractionMatrix.Build(data.Where((_, k) => fold[k] != f), DuplicateHandling.Last);
            var test = data.Where((_, k) => fold[k] == f).ToList();
            var watch = Stopwatch.StartNew();
            var mfModel = new BiasedMfTrainer(_options.Factorization).Fit(train);
            seconds += watch.Elapsed.TotalSeconds;
            var baselineModel = new BaselineOnlyTrainer(_options.Baseline).Fit(train);
            var means = ItemMeans(train);
            Accumulate(mf, Errors(test, mfModel.Predict));
            Accumulate(svdpp, Errors(test, new SvdPlusPlusTrainer(_options.Factorization).Fit(train).Predict));
            Accumulate(baseline, Errors(test, baselineModel.Predict));
            Accumulate(itemMean, Errors(test, (u, i) => train.Items.TryGetIndex(i, out var x) && !double.IsNaN(means[x]) ? means[x] : train.GlobalMean()));
        }
        var n = _options.Folds;
        return ((mf[0] / n, mf[1] / n), (svdpp[0] / n, svdpp[1] / n), (baseline[0] / n, baseline[1] / n), (itemMean[0] / n, itemMean[1] / n), seconds / n);

        static void Accumulate(double[] sums, (double Rmse, double Mae) e) { sums[0] += e.Rmse; sums[1] += e.Mae; }
    }

    private static double[] ItemMeans(InteractionMatrix train)
    {
        var means = new double[train.ItemCount];
        for (var i = 0; i < means.Length; i++)
        {
            var values = train.ColumnValuesOf(i);
            double sum = 0;
            foreach (var v in values) sum += v;
            means[i] = values.Length == 0 ? double.NaN : sum / values.Length;
        }
        return means;
    }

    private static (double Rmse, double Mae) Errors(List<Interaction> test, Func<string, string, double> predict)
    {
        double squared = 0, absolute = 0;
        foreach (var x in test)
        {
            var e = predict(x.UserId, x.ItemId) - x.Value;
            squared += e * e;
            absolute += Math.Abs(e);
        }
        return (Math.Sqrt(squared / test.Count), absolute / test.Count);
    }

    /// <summary>Runs only the top-k evaluation (time split, ALS against popularity).</summary>
    /// <exception cref="ArgumentException">Bad options, or negative values (ALS needs non-negative strengths).</exception>
    public TopKReport EvaluateTopK(IReadOnlyList<Interaction> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _options.Validate();
        if (data.Count == 0) throw new ArgumentException("no interactions to evaluate", nameof(data));
        return TopKEvaluation(data);
    }

    private TopKReport TopKEvaluation(IReadOnlyList<Interaction> data)
    {
        var heldOut = HoldOutPerUser(data, _options.HoldOutFraction, _options.Seed, out var byTime);
        var train = InteractionMatrix.Build(data.Where((_, k) => !heldOut[k]), DuplicateHandling.Last);
        var relevant = new Dictionary<int, HashSet<int>>();
        for (var k = 0; k < data.Count; k++)
        {
            if (!heldOut[k] || (!_options.Implicit && data[k].Value < _options.RelevanceThreshold)) continue;
            if (!train.Users.TryGetIndex(data[k].UserId, out var u)) continue;
            var item = train.Items.IndexOf(data[k].ItemId); // -1 when only seen in the hold-out: counts against recall
            if (!relevant.TryGetValue(u, out var set)) relevant[u] = set = [];
            set.Add(item >= 0 ? item : -1 - k);
        }

        var watch = Stopwatch.StartNew();
        var offset = _options.Implicit ? 0 : _options.StrengthOffset;
        var strengths = offset == 0 ? train : train.MapValues(v => Math.Max(0, v - offset));
        var model = new ImplicitAlsTrainer(_options.TopKModel).Fit(strengths);
        var knn = new ItemKnnTrainer(_options.TopKNeighbours).Fit(strengths);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        var popularity = new PopularityTrainer().Fit(train);

        watch.Restart();
        var ranker = new HybridRanker(_options.TopKRanker);
        var n = train.ItemCount;
        var signals = new RankingSignals { Collaborative = new double[n], Factorization = new double[n], Popularity = new double[n] };
        popularity.Score(signals.Popularity);
        var eligible = new bool[n];
        var dominant = new RankingSignal[n];
        var historyWeights = new double[train.NonZeroCount];
        var modelScores = Score(train, relevant, (u, scores) =>
        {
            var weights = HistoryWeights(strengths, u, historyWeights.AsSpan(train.RowPointers[u], train.RowItems(u).Length));
            knn.Score(train.RowItems(u), weights, signals.Collaborative);
            model.Score(u, signals.Factorization);
            Array.Fill(eligible, true);
            foreach (var i in train.RowItems(u)) eligible[i] = false;
            ranker.Combine(signals, eligible, scores, dominant);
        });
        var perUser = watch.Elapsed.TotalMilliseconds / Math.Max(1, relevant.Count);
        var popularityScores = Score(train, relevant, (_, scores) => popularity.Score(scores));
        var split = (byTime ? "latest " : "random ") + $"{_options.HoldOutFraction:P0} of each user's interactions" +
            (byTime ? " by timestamp" : " (no timestamps)") +
            (_options.Implicit ? "; relevant = every held-out item" : $"; relevant = held-out rating >= {_options.RelevanceThreshold}");
        return new TopKReport(split, relevant.Count, modelScores, popularityScores, trainSeconds, perUser);
    }


    /// <summary>The user's training values, decayed by recency rank when <see cref="RecommenderEvaluationOptions.RecencyHalfLife"/> is set.</summary>
    private ReadOnlySpan<double> HistoryWeights(InteractionMatrix train, int user, Span<double> buffer)
    {
        var values = train.RowValues(user);
        if (_options.RecencyHalfLife <= 0 || !train.HasTimestamps) return values;
        var times = train.RowTimestamps(user);
        for (var a = 0; a < values.Length; a++)
        {
            var newer = 0;
            for (var b = 0; b < times.Length; b++) if (times[b] > times[a] || (times[b] == times[a] && b > a)) newer++;
            buffer[a] = values[a] * Math.Pow(0.5, newer / _options.RecencyHalfLife);
        }
        return buffer;
    }

    private TopKMetrics Score(InteractionMatrix train, Dictionary<int, HashSet<int>> relevant, Action<int, double[]> score)
    {
        var k = _options.TopK;
        var scores = new double[train.ItemCount];
        var seen = new bool[train.ItemCount];
        var top = new int[k];
        var shown = new bool[train.ItemCount];
        double precision = 0, recall = 0, ndcg = 0;
        foreach (var (u, set) in relevant)
        {
            score(u, scores);
            var items = train.RowItems(u);
            foreach (var i in items) seen[i] = true;
            var n = TopK.Select(scores, top, seen);
            foreach (var i in items) seen[i] = false;
            var list = top.AsSpan(0, n);
            foreach (var i in list) shown[i] = true;
            precision += RankingMetrics.PrecisionAtK(list, set, k);
            recall += RankingMetrics.RecallAtK(list, set, k);
            ndcg += RankingMetrics.NdcgAtK(list, set, k);
        }
        var users = Math.Max(1, relevant.Count);
        return new TopKMetrics(precision / users, recall / users, ndcg / users, shown.Count(b => b) / (double)Math.Max(1, train.ItemCount));
    }
}
