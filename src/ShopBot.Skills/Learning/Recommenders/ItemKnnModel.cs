namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Precomputed item neighbour lists (top-k similar items per item), in CSR form.</summary>
public sealed class ItemKnnModel
{
    private readonly int[] _ptr, _neighbours;
    private readonly double[] _similarities;

    internal ItemKnnModel(IdMap items, SimilarityKind kind, int[] ptr, int[] neighbours, double[] similarities)
    {
        Items = items;
        Kind = kind;
        _ptr = ptr;
        _neighbours = neighbours;
        _similarities = similarities;
    }

    /// <summary>Item ids (indices match the training matrix columns).</summary>
    public IdMap Items { get; }

    /// <summary>The similarity measure used.</summary>
    public SimilarityKind Kind { get; }

    /// <summary>The neighbours of <paramref name="item"/>, most similar first.</summary>
    public ReadOnlySpan<int> Neighbours(int item) => _neighbours.AsSpan(_ptr[item], _ptr[item + 1] - _ptr[item]);

    /// <summary>The similarities of <paramref name="item"/>'s neighbours (aligned with <see cref="Neighbours"/>).</summary>
    public ReadOnlySpan<double> NeighbourSimilarities(int item) => _similarities.AsSpan(_ptr[item], _ptr[item + 1] - _ptr[item]);

    /// <summary>The similarity of two items when <paramref name="b"/> is among <paramref name="a"/>'s neighbours, else 0.</summary>
    public double Similarity(int a, int b)
    {
        var items = Neighbours(a);
        var sims = NeighbourSimilarities(a);
        for (var k = 0; k < items.Length; k++) if (items[k] == b) return sims[k];
        return 0;
    }

    /// <summary>The most similar items to <paramref name="itemId"/> (empty for an unknown item).</summary>
    public IReadOnlyList<ScoredItem> MostSimilar(string itemId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!Items.TryGetIndex(itemId, out var i)) return [];
        var items = Neighbours(i);
        var sims = NeighbourSimilarities(i);
        var result = new List<ScoredItem>(Math.Min(count, items.Length));
        for (var k = 0; k < items.Length && k < count; k++) result.Add(new ScoredItem(Items[items[k]], sims[k]));
        return result;
    }

    /// <summary>
    /// Item-based top-N scores: score[j] = sum over history items h of weight[h] * sim(h, j), over the stored
    /// neighbours. <paramref name="scores"/> (one slot per item) is overwritten.
    /// </summary>
    public void Score(ReadOnlySpan<int> history, ReadOnlySpan<double> weights, Span<double> scores) =>
        Score(history, weights, scores, default, default);

    /// <summary>
    /// As <see cref="Score(ReadOnlySpan{int}, ReadOnlySpan{double}, Span{double})"/>, and records per item the history
    /// item contributing most (<paramref name="anchors"/>, -1 when none contributes positively);
    /// <paramref name="best"/> is a scratch buffer of one slot per item. Pass empty spans to skip anchors.
    /// </summary>
    public void Score(ReadOnlySpan<int> history, ReadOnlySpan<double> weights, Span<double> scores, Span<int> anchors, Span<double> best)
    {
        if (history.Length != weights.Length) throw new ArgumentException("history and weights must have the same length");
        if (scores.Length != Items.Count) throw new ArgumentException($"scores must have one slot per item ({Items.Count})");
        var track = !anchors.IsEmpty;
        if (track && (anchors.Length != Items.Count || best.Length != Items.Count)) throw new ArgumentException("anchor buffers must have one slot per item");
        scores.Clear();
        if (track) { anchors.Fill(-1); best.Clear(); }
        for (var h = 0; h < history.Length; h++)
        {
            var items = Neighbours(history[h]);
            var sims = NeighbourSimilarities(history[h]);
            var w = weights[h];
            for (var k = 0; k < items.Length; k++)
            {
                var c = w * sims[k];
                var j = items[k];
                scores[j] += c;
                if (track && c > best[j]) { best[j] = c; anchors[j] = history[h]; }
            }
        }
    }

    /// <summary>The history item contributing most to <paramref name="item"/>'s score, or -1 when none contributes.</summary>
    public int BestAnchor(ReadOnlySpan<int> history, ReadOnlySpan<double> weights, int item)
    {
        var best = -1;
        var bestContribution = 0.0;
        for (var h = 0; h < history.Length; h++)
        {
            var c = weights[h] * Similarity(history[h], item);
            if (c > bestContribution) (best, bestContribution) = (history[h], c);
        }
        return best;
    }
}
