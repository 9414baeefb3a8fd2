namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Top-k metrics with binary relevance.</summary>
public static class RankingMetrics
{
    /// <summary>Relevant items among the first k recommended, divided by k (a short list is not rewarded).</summary>
    public static double PrecisionAtK(ReadOnlySpan<int> recommended, IReadOnlySet<int> relevant, int k) =>
        k <= 0 ? throw new ArgumentOutOfRangeException(nameof(k)) : (double)Hits(recommended, relevant, k) / k;

    /// <summary>Relevant items among the first k recommended, divided by the number of relevant items (0 when none).</summary>
    public static double RecallAtK(ReadOnlySpan<int> recommended, IReadOnlySet<int> relevant, int k) =>
        relevant.Count == 0 ? 0 : (double)Hits(recommended, relevant, k) / relevant.Count;

    /// <summary>DCG@k / ideal DCG@k with gains 1 / log2(rank + 1), rank from 1.</summary>
    public static double NdcgAtK(ReadOnlySpan<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        if (relevant.Count == 0) return 0;
        double dcg = 0, ideal = 0;
        for (var r = 0; r < Math.Min(k, recommended.Length); r++)
            if (relevant.Contains(recommended[r])) dcg += 1 / Math.Log2(r + 2);
        for (var r = 0; r < Math.Min(k, relevant.Count); r++) ideal += 1 / Math.Log2(r + 2);
        return dcg / ideal;
    }

    private static int Hits(ReadOnlySpan<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        var hits = 0;
        for (var r = 0; r < Math.Min(k, recommended.Length); r++) if (relevant.Contains(recommended[r])) hits++;
        return hits;
    }
}
