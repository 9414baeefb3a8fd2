namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Combines per-item signals into one ranking. Each signal is min-max normalised to [0, 1] over the eligible
/// items (a constant signal carries no information and is dropped); an item's score is the weighted mean of its
/// known signals (weights renormalised over the signals it has). The final list is picked greedily by maximal
/// marginal relevance so near-duplicates do not fill it.
/// </summary>
public sealed class HybridRanker(HybridRankerOptions? options = null)
{
    private static readonly RankingSignal[] All = Enum.GetValues<RankingSignal>();
    private readonly HybridRankerOptions _options = options ?? new HybridRankerOptions();

    /// <summary>
    /// Ranks the items where <paramref name="eligible"/> is true (constraints met, not already owned).
    /// <paramref name="similarity"/> (values in [0, 1]) drives diversity; null ranks by relevance only.
    /// </summary>
    public IReadOnlyList<RankedItem> Rank(RankingSignals signals, ReadOnlySpan<bool> eligible, int count, Func<int, int, double>? similarity = null) =>
        Rank(signals, eligible, count, similarity, new double[eligible.Length], new RankingSignal[eligible.Length]);

    /// <summary>As the public overload, with caller-owned scratch buffers (one slot per item).</summary>
    internal IReadOnlyList<RankedItem> Rank(RankingSignals signals, ReadOnlySpan<bool> eligible, int count, Func<int, int, double>? similarity,
        double[] scores, RankingSignal[] dominant)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _options.Validate();
        var n = eligible.Length;
        foreach (var s in All)
            if (signals.Get(s) is { } values && values.Length != n)
                throw new ArgumentException($"the {s} signal has {values.Length} entries, expected {n}");

        Combine(signals, eligible, scores, dominant);

        var pool = new int[Math.Min(n, Math.Max(count, _options.CandidatePool))];
        var poolSize = TopK.Select(scores.AsSpan(0, n), pool);
        return Diversify(pool.AsSpan(0, poolSize), scores, dominant, count, similarity);
    }

    /// <summary>Writes each eligible item's combined score (NaN for ineligible items) and dominant signal.</summary>
    internal void Combine(RankingSignals signals, ReadOnlySpan<bool> eligible, Span<double> scores, Span<RankingSignal> dominant)
    {
        // Hoist each usable signal with its weight, offset and scale: normalised = (v - lo) * scale.
        var used = new List<(double[] Values, double Weight, double Lo, double Scale, RankingSignal Signal)>(All.Length);
        foreach (var s in All)
        {
            var values = signals.Get(s);
            var w = _options.Weight(s);
            if (values is null || w == 0) continue;
            var (lo, hi) = Bounds(values, eligible);
            if (hi > lo) used.Add((values, w, lo, 1 / (hi - lo), s));
        }
        for (var i = 0; i < eligible.Length; i++)
        {
            if (!eligible[i]) { scores[i] = double.NaN; continue; }
            double sum = 0, weights = 0, best = double.NegativeInfinity;
            var top = RankingSignal.Popularity;
            foreach (var (values, w, lo, scale, signal) in used)
            {
                var v = values[i];
                if (double.IsNaN(v)) continue;
                var contribution = w * (v - lo) * scale;
                sum += contribution;
                weights += w;
                if (contribution > best) (best, top) = (contribution, signal);
            }
            scores[i] = weights > 0 ? sum / weights : 0;
            dominant[i] = top;
        }
    }

    private List<RankedItem> Diversify(Span<int> pool, double[] scores, RankingSignal[] dominant, int count, Func<int, int, double>? similarity)
    {
        var picked = new List<RankedItem>(Math.Min(count, pool.Length));
        var lambda = _options.DiversityLambda;
        var maxSim = new double[pool.Length];
        var taken = new bool[pool.Length];
        while (picked.Count < count && picked.Count < pool.Length)
        {
            int best = -1;
            double bestValue = double.NegativeInfinity;
            for (var c = 0; c < pool.Length; c++)
            {
                if (taken[c]) continue;
                var value = similarity is null ? scores[pool[c]] : lambda * scores[pool[c]] - (1 - lambda) * maxSim[c];
                if (value > bestValue) (best, bestValue) = (c, value);
            }
            taken[best] = true;
            var item = pool[best];
            picked.Add(new RankedItem(item, scores[item], dominant[item]));
            if (similarity is null) continue;
            for (var c = 0; c < pool.Length; c++)
                if (!taken[c]) maxSim[c] = Math.Max(maxSim[c], similarity(pool[c], item));
        }
        return picked;
    }

    private static (double Lo, double Hi) Bounds(double[]? values, ReadOnlySpan<bool> eligible)
    {
        if (values is null) return (0, 0);
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            if (!eligible[i] || double.IsNaN(values[i])) continue;
            lo = Math.Min(lo, values[i]);
            hi = Math.Max(hi, values[i]);
        }
        return (lo, hi);
    }
}
