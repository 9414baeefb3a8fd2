namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>L2-normalised TF-IDF vectors of catalogue items (sparse rows sorted by term).</summary>
public sealed class ContentModel
{
    private readonly int[] _ptr, _terms;
    private readonly double[] _weights;

    internal ContentModel(IdMap items, int vocabularySize, int[] ptr, int[] terms, double[] weights)
    {
        Items = items;
        VocabularySize = vocabularySize;
        _ptr = ptr;
        _terms = terms;
        _weights = weights;
    }

    /// <summary>Item ids; index = catalogue position.</summary>
    public IdMap Items { get; }

    /// <summary>Number of distinct features.</summary>
    public int VocabularySize { get; }

    /// <summary>Cosine similarity of two items' content, in [0, 1] (weights are non-negative).</summary>
    public double Similarity(int a, int b)
    {
        int x = _ptr[a], xe = _ptr[a + 1], y = _ptr[b], ye = _ptr[b + 1];
        double dot = 0;
        while (x < xe && y < ye)
        {
            if (_terms[x] == _terms[y]) dot += _weights[x++] * _weights[y++];
            else if (_terms[x] < _terms[y]) x++;
            else y++;
        }
        return Math.Clamp(dot, 0, 1);
    }

    /// <summary>The items whose content is most similar to <paramref name="itemId"/> (empty for an unknown item).</summary>
    public IReadOnlyList<ScoredItem> MostSimilar(string itemId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!Items.TryGetIndex(itemId, out var a)) return [];
        var scores = new double[Items.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = i == a ? double.NaN : Similarity(a, i);
        var pick = new int[Math.Min(count, Items.Count)];
        var n = TopK.Select(scores, pick);
        return [.. pick[..n].Select(i => new ScoredItem(Items[i], scores[i]))];
    }

    /// <summary>
    /// Scores every item against a user profile: the weighted mean of the history items' vectors; score = cosine of
    /// profile and item. <paramref name="profile"/> is a scratch buffer of <see cref="VocabularySize"/> slots.
    /// Scores are 0 when the history is empty or has no features.
    /// </summary>
    public void Score(ReadOnlySpan<int> history, ReadOnlySpan<double> weights, Span<double> profile, Span<double> scores)
    {
        if (history.Length != weights.Length) throw new ArgumentException("history and weights must have the same length");
        if (profile.Length != VocabularySize) throw new ArgumentException($"the profile buffer must have {VocabularySize} slots");
        if (scores.Length != Items.Count) throw new ArgumentException($"scores must have one slot per item ({Items.Count})");
        profile.Clear();
        double total = 0;
        for (var h = 0; h < history.Length; h++)
        {
            var w = weights[h];
            total += w;
            for (var k = _ptr[history[h]]; k < _ptr[history[h] + 1]; k++) profile[_terms[k]] += w * _weights[k];
        }
        double norm = 0;
        if (total > 0)
        {
            for (var t = 0; t < profile.Length; t++) { profile[t] /= total; norm += profile[t] * profile[t]; }
            norm = Math.Sqrt(norm);
        }
        for (var i = 0; i < scores.Length; i++)
        {
            if (norm == 0) { scores[i] = 0; continue; }
            double dot = 0;
            for (var k = _ptr[i]; k < _ptr[i + 1]; k++) dot += profile[_terms[k]] * _weights[k];
            scores[i] = dot / norm;
        }
    }
}
