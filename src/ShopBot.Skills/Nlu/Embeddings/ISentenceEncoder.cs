namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// Turns texts into fixed-length sentence vectors (a pretrained encoder). Implementations are thread-safe, and the
/// same text always gives the same vector, so a model trained on the vectors can be saved and reloaded.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>A stable name written into model files (<c>minilm</c>); a model refuses to load with another encoder.</summary>
    string Name { get; }

    /// <summary>Length of every vector.</summary>
    int Dimension { get; }

    /// <summary>One vector of <see cref="Dimension"/> floats per text, in order (unit length for MiniLM; see <see cref="StaticSentenceEncoder"/> for the static one).</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// The vector of one text, written to the first <see cref="Dimension"/> slots of <paramref name="vector"/>. By
    /// default through the batch method; an encoder that can do it without allocating overrides it.
    /// </summary>
    void Encode(string text, Span<float> vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (vector.Length < Dimension) throw new ArgumentException($"Need {Dimension} slots.", nameof(vector));
        Encode([text])[0].CopyTo(vector);
    }
}
