using System.Collections.Concurrent;

namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// Remembers every vector it has computed, by text, so cross-validation and repeated fits encode each utterance once.
/// For training and evaluation runs, not for serving (it never forgets).
/// </summary>
public sealed class MemoizingSentenceEncoder(ISentenceEncoder inner) : ISentenceEncoder
{
    private readonly ISentenceEncoder _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    /// <summary>The encoder whose vectors are remembered.</summary>
    public ISentenceEncoder Inner => _inner;

    public string Name => _inner.Name;

    public int Dimension => _inner.Dimension;

    /// <summary>Number of distinct texts encoded so far.</summary>
    public int Count => _vectors.Count;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var vectors = _inner.Encode(missing, cancellationToken);
            for (int i = 0; i < missing.Length; i++) _vectors[missing[i]] = vectors[i];
        }
        return texts.Select(t => _vectors[t]).ToArray();
    }
}
