using System.Buffers;

namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// A fitted text-to-vector transform: <see cref="TextPipeline"/> words and character n-grams, hashed, restricted to the
/// buckets seen in training (the vocabulary), weighted by sublinear TF-IDF and L2-normalised. Thread-safe; the
/// scratch buffers are per thread, so transforming a message allocates nothing but its result. The hashed feature ids
/// of the last message a thread transformed are kept: a second featurizer with the same hashing settings (the intent
/// and the sentiment model) transforming the same string instance reuses them instead of tokenising and stemming again.
/// </summary>
public sealed class TextFeaturizer
{
    [ThreadStatic] private static Scratch? t_scratch;

    private readonly int[] _wordMap;
    private readonly int[] _charMap;
    private readonly float[] _idf;
    private readonly int _wordColumns;

    private TextFeaturizer(FeaturizerOptions options, int[] wordMap, int[] charMap, float[] idf, int wordColumns)
    {
        Options = options;
        _wordMap = wordMap;
        _charMap = charMap;
        _idf = idf;
        _wordColumns = wordColumns;
    }

    /// <summary>The settings this featurizer was fitted with.</summary>
    public FeaturizerOptions Options { get; }

    /// <summary>Number of columns (vocabulary size) of the vectors produced.</summary>
    public int ColumnCount => _idf.Length;

    /// <summary>Learns the vocabulary and inverse document frequencies from training texts.</summary>
    public static TextFeaturizer Fit(IReadOnlyList<string> texts, FeaturizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= new FeaturizerOptions();
        options.Validate();
        if (texts.Count == 0) throw new ArgumentException("Cannot fit a featurizer on no texts.", nameof(texts));
        int size = 1 << options.HashBits;
        var wordDf = new int[size];
        var charDf = new int[size];
        var scratch = new Scratch();
        foreach (var text in texts)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
            int m = Hash(text, options, scratch);
            var ids = scratch.Ids.AsSpan(0, m);
            ids.Sort();
            for (int i = 0; i < m; i++)
            {
                if (i > 0 && ids[i] == ids[i - 1]) continue;
                if ((ids[i] & HashingSink.CharFlag) != 0) charDf[ids[i] & ~HashingSink.CharFlag]++;
                else wordDf[ids[i]]++;
            }
        }
        var idf = new List<float>();
        double n = texts.Count;
        var wordMap = BuildMap(wordDf, options.MinDocumentFrequency, idf, n);
        int wordColumns = idf.Count;
        var charMap = BuildMap(charDf, options.MinDocumentFrequency, idf, n);
        return new TextFeaturizer(options, wordMap, charMap, [.. idf], wordColumns);
    }

    private static int[] BuildMap(int[] df, int minDf, List<float> idf, double n)
    {
        var map = new int[df.Length];
        for (int b = 0; b < df.Length; b++)
        {
            if (df[b] >= minDf)
            {
                map[b] = idf.Count;
                idf.Add((float)(Math.Log((1 + n) / (1 + df[b])) + 1));
            }
            else map[b] = -1;
        }
        return map;
    }

    /// <summary>The TF-IDF vector of one text.</summary>
    public SparseVector Transform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = t_scratch ??= new Scratch();
        int count = Transform(text, scratch);
        return new SparseVector(scratch.Columns.AsSpan(0, count).ToArray(), scratch.Values.AsSpan(0, count).ToArray());
    }

    /// <summary>Transforms into the thread's scratch buffers; returns the entry count (buffers valid until the next call).</summary>
    internal int Transform(string text, out ReadOnlySpan<int> indices, out ReadOnlySpan<float> values)
    {
        var scratch = t_scratch ??= new Scratch();
        int count = Transform(text, scratch);
        indices = scratch.Columns.AsSpan(0, count);
        values = scratch.Values.AsSpan(0, count);
        return count;
    }

    /// <summary>Tokenises and hashes only (no vocabulary, weighting or cache); returns the id count. For benchmarks.</summary>
    internal int HashOnly(string text)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.LastText = null;
        return Hash(text, Options, scratch);
    }

    private int Transform(string text, Scratch scratch)
    {
        int m = CachedHash(text, scratch);
        scratch.EnsureColumns(m);
        var cols = scratch.Columns;
        int k = 0;
        for (int i = 0; i < m; i++)
        {
            int id = scratch.Ids[i];
            int col = (id & HashingSink.CharFlag) != 0 ? _charMap[id & ~HashingSink.CharFlag] : _wordMap[id];
            if (col >= 0) cols[k++] = col;
        }
        var span = cols.AsSpan(0, k);
        span.Sort();
        var values = scratch.Values;
        int count = 0;
        double norm = 0;
        for (int i = 0; i < k;)
        {
            int j = i + 1;
            while (j < k && cols[j] == cols[i]) j++;
            int col = cols[i];
            float w = (float)(1 + Math.Log(j - i)) * _idf[col];
            if (col >= _wordColumns) w *= Options.CharWeight;
            cols[count] = col;
            values[count] = w;
            norm += (double)w * w;
            count++;
            i = j;
        }
        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int i = 0; i < count; i++) values[i] *= inv;
        }
        return count;
    }

    /// <summary>
    /// The hashed ids of <paramref name="text"/>, reused when this thread last hashed the same string instance with the
    /// same hashing settings (strings are immutable, so the ids are identical).
    /// </summary>
    private int CachedHash(string text, Scratch scratch)
    {
        var o = Options;
        if (ReferenceEquals(scratch.LastText, text) && scratch.LastHashBits == o.HashBits && scratch.LastMaxWordNgram == o.MaxWordNgram
            && scratch.LastMinCharNgram == o.MinCharNgram && scratch.LastMaxCharNgram == o.MaxCharNgram)
            return scratch.LastCount;
        scratch.LastText = null;
        int m = Hash(text, o, scratch);
        scratch.LastText = text;
        scratch.LastCount = m;
        scratch.LastHashBits = o.HashBits;
        scratch.LastMaxWordNgram = o.MaxWordNgram;
        scratch.LastMinCharNgram = o.MinCharNgram;
        scratch.LastMaxCharNgram = o.MaxCharNgram;
        return m;
    }

    private static int Hash(string text, FeaturizerOptions options, Scratch scratch)
    {
        int n = TextPipeline.Normalize(text, ref scratch.Text);
        var sink = new HashingSink(options, scratch.Ids);
        TextPipeline.Run(scratch.Text.AsSpan(0, n), ref sink);
        scratch.Ids = sink.Buffer;
        return sink.Count;
    }

    /// <summary>Writes the fitted featurizer.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var o = Options;
        writer.Write(o.HashBits);
        writer.Write(o.MaxWordNgram);
        writer.Write(o.MinCharNgram);
        writer.Write(o.MaxCharNgram);
        writer.Write(o.MinDocumentFrequency);
        writer.Write(o.CharWeight);
        writer.Write(_wordColumns);
        writer.Write(_idf.Length);
        WriteMap(writer, _wordMap);
        WriteMap(writer, _charMap);
        foreach (var v in _idf) writer.Write(v);
    }

    private static void WriteMap(BinaryWriter writer, int[] map)
    {
        for (int b = 0; b < map.Length; b++) if (map[b] >= 0) writer.Write(b);
    }

    /// <summary>Reads a featurizer written by <see cref="Write"/>.</summary>
    public static TextFeaturizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = new FeaturizerOptions
        {
            HashBits = reader.ReadInt32(), MaxWordNgram = reader.ReadInt32(), MinCharNgram = reader.ReadInt32(),
            MaxCharNgram = reader.ReadInt32(), MinDocumentFrequency = reader.ReadInt32(), CharWeight = reader.ReadSingle(),
        };
        options.Validate();
        int wordColumns = reader.ReadInt32();
        int total = reader.ReadInt32();
        if (wordColumns < 0 || total < wordColumns) throw new InvalidDataException("Corrupt featurizer header.");
        var wordMap = ReadMap(reader, options.HashBits, 0, wordColumns);
        var charMap = ReadMap(reader, options.HashBits, wordColumns, total);
        var idf = new float[total];
        for (int i = 0; i < total; i++) idf[i] = reader.ReadSingle();
        return new TextFeaturizer(options, wordMap, charMap, idf, wordColumns);
    }

    private static int[] ReadMap(BinaryReader reader, int bits, int from, int to)
    {
        var map = new int[1 << bits];
        Array.Fill(map, -1);
        for (int col = from; col < to; col++)
        {
            int bucket = reader.ReadInt32();
            if ((uint)bucket >= (uint)map.Length) throw new InvalidDataException($"Featurizer bucket {bucket} out of range.");
            map[bucket] = col;
        }
        return map;
    }

    private sealed class Scratch
    {
        public char[] Text = ArrayPool<char>.Shared.Rent(256);
        public int[] Ids = new int[512];
        public int[] Columns = new int[512];
        public float[] Values = new float[512];
        public string? LastText;
        public int LastCount, LastHashBits, LastMaxWordNgram, LastMinCharNgram, LastMaxCharNgram;

        public void EnsureColumns(int m)
        {
            if (Columns.Length >= m) return;
            Columns = new int[m * 2];
            Values = new float[m * 2];
        }
    }
}
