using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// A fitted text-to-vector transform: <see cref="TextPipeline"/> words and character n-grams, hashed, restricted to the
/// buckets seen in training (the vocabulary), weighted by sublinear TF-IDF and L2-normalised. Thread-safe; the
/// scratch buffers are per thread, so transforming a message allocates nothing but its result. The hashed feature ids
/// of the last message a thread transformed are kept: a second featurizer with the same hashing settings (the intent
/// and the sentiment model) transforming the same string instance reuses them instead of tokenising and stemming again.
/// With a <see cref="FeaturizerOptions.Lexicon"/>, four extra columns hold the lexicon's weighted counts of the text
/// (<see cref="PolarityLexicon.Accumulate(string, Span{float})"/>, counted from the words the hashing pass logged).
/// </summary>
public sealed class TextFeaturizer
{
    [ThreadStatic] private static Scratch? t_scratch;

    private readonly int[] _wordMap;
    private readonly int[] _charMap;
    private readonly float[] _idf;
    private readonly int _wordColumns;

    // The vocabulary as a rank bitmap over the word buckets followed by the char buckets: entry 2w holds the bits of
    // buckets 64w..64w+63 (set = has a column), entry 2w+1 the number of set bits before them, and a bucket's column is
    // its rank (columns are numbered in bucket order, word block first). 1/16 of the bytes of the int maps (128 KB
    // for 2^18 buckets), so it stays in L2 next to the model weights; one cache line per look-up. Null when a map was
    // not numbered in bucket order (never written so, but then the int maps are used).
    private readonly ulong[]? _rankMap;

    // The polarity lexicon whose weighted counts (positive, negative, negated positive, negated negative) follow the hashed columns.
    private readonly PolarityLexicon? _lexicon;

    /// <summary>Set in the stored word n-gram length when skip-bigrams are on (files without them are unchanged).</summary>
    private const int SkipBigramsBit = 1 << 8;

    /// <summary>Number of lexicon count columns appended after the hashed ones when a lexicon is set.</summary>
    private const int LexiconColumns = 4;

    private TextFeaturizer(FeaturizerOptions options, int[] wordMap, int[] charMap, float[] idf, int wordColumns)
    {
        _rankMap = BuildRankMap(wordMap, charMap);
        _lexicon = options.Lexicon;
        Options = options;
        _wordMap = wordMap;
        _charMap = charMap;
        _idf = idf;
        _wordColumns = wordColumns;
    }

    /// <summary>The settings this featurizer was fitted with.</summary>
    public FeaturizerOptions Options { get; }

    /// <summary>Columns below this index are word n-grams; the character n-grams (and lexicon counts) follow.</summary>
    internal int WordColumnCount => _wordColumns;

    /// <summary>Number of columns (vocabulary size) of the vectors produced.</summary>
    public int ColumnCount => _idf.Length + (_lexicon is null ? 0 : LexiconColumns);

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
            for (int i = 0; i < m; i++) ids[i] &= ~HashingSink.SkipFlag;
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

    /// <summary>The rank bitmap of the two maps (see <c>_rankMap</c>), or null when their columns are not numbered in bucket order.</summary>
    private static ulong[]? BuildRankMap(int[] wordMap, int[] charMap)
    {
        int total = wordMap.Length + charMap.Length;
        if (total % 64 != 0) return null;
        var map = new ulong[total / 64 * 2];
        int next = 0;
        for (int b = 0; b < total; b++)
        {
            if ((b & 63) == 0) map[(b >> 6) * 2 + 1] = (ulong)next;
            int col = b < wordMap.Length ? wordMap[b] : charMap[b - wordMap.Length];
            if (col < 0) continue;
            if (col != next) return null;
            map[(b >> 6) * 2] |= 1UL << b;
            next++;
        }
        return map;
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
        var columns = scratch.Columns.AsSpan(0, count).ToArray();
        var values = scratch.Values.AsSpan(0, count).ToArray();
        Array.Sort(columns, values);
        // A skip-bigram can share a bucket with another word feature of the message: sum such entries (the models are
        // linear in the values, so the scores do not change).
        int distinct = 0;
        for (int i = 0; i < columns.Length; i++)
        {
            if (distinct > 0 && columns[distinct - 1] == columns[i]) values[distinct - 1] += values[i];
            else
            {
                columns[distinct] = columns[i];
                values[distinct++] = values[i];
            }
        }
        return distinct == columns.Length ? new SparseVector(columns, values) : new SparseVector(columns[..distinct], values[..distinct]);
    }

    /// <summary>
    /// Transforms into the thread's scratch buffers; returns the entry count (buffers valid until the next call).
    /// Columns are not sorted and are distinct, except when a skip-bigram shares a hash bucket with another word feature
    /// of the message (rare; the models only sum over the entries).
    /// </summary>
    internal int Transform(string text, out ReadOnlySpan<int> indices, out ReadOnlySpan<float> values)
    {
        var scratch = t_scratch ??= new Scratch();
        int count = Transform(text, scratch);
        indices = scratch.Columns.AsSpan(0, count);
        values = scratch.Values.AsSpan(0, count);
        return count;
    }

    /// <summary>The shared stage only (tokenise, hash, sort, count; no vocabulary or weighting; no cache hit); returns the distinct id count. For benchmarks.</summary>
    internal int HashOnly(string text)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.LastText = null;
        return CachedHash(text, scratch);
    }

    private int Transform(string text, Scratch scratch)
    {
        int u = CachedHash(text, scratch);
        scratch.EnsureColumns(u + LexiconColumns);
        var ids = scratch.Unique;
        var counts = scratch.Counts;
        var cols = scratch.Columns;
        var values = scratch.Values;
        float charWeight = Options.CharWeight;
        int count = 0;
        double norm = 0;
        bool skipBigrams = Options.SkipBigrams;
        for (int i = 0; i < u; i++)
        {
            int id = ids[i];
            if ((id & HashingSink.SkipFlag) != 0)
            {
                // Ids hashed for a featurizer with skip-bigrams: used only when this one has them too.
                if (!skipBigrams) continue;
                id &= ~HashingSink.SkipFlag;
            }
            int col = ColumnOf(id);
            if (col < 0) continue;
            int tf = counts[i];
            float w = (tf == 1 ? 1f : (float)(1 + Math.Log(tf))) * _idf[col];
            if (col >= _wordColumns) w *= charWeight;
            cols[count] = col;
            values[count] = w;
            norm += (double)w * w;
            count++;
        }
        if (_lexicon is not null)
        {
            Span<float> lexiconTf = stackalloc float[LexiconColumns];
            lexiconTf.Clear();
            // The words were logged by the hashing pass for exactly this text (CachedHash above), so no second pass.
            _lexicon.Accumulate(text, scratch.Words, lexiconTf);
            for (int j = 0; j < LexiconColumns; j++)
            {
                // Sublinear like the word counts: a weighted count s above 1 becomes 1 + ln s (equal to it at 1, so continuous).
                float s = lexiconTf[j];
                if (!(s > 0)) continue;
                float w = (s <= 1 ? s : 1 + MathF.Log(s)) * Options.LexiconWeight;
                cols[count] = _idf.Length + j;
                values[count] = w;
                norm += (double)w * w;
                count++;
            }
        }
        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int i = 0; i < count; i++) values[i] *= inv;
        }
        return count;
    }

    /// <summary>The column of a hashed id (word bucket, or char bucket with <see cref="HashingSink.CharFlag"/>), or -1 when it is not in the vocabulary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int ColumnOf(int id)
    {
        bool isChar = (id & HashingSink.CharFlag) != 0;
        var rank = _rankMap;
        if (rank is null) return isChar ? _charMap[id & ~HashingSink.CharFlag] : _wordMap[id];
        int bucket = isChar ? _wordMap.Length + (id & ~HashingSink.CharFlag) : id;
        ulong bits = rank[(bucket >> 6) * 2], bit = 1UL << bucket;
        if ((bits & bit) == 0) return -1;
        return (int)rank[(bucket >> 6) * 2 + 1] + BitOperations.PopCount(bits & (bit - 1));
    }

    /// <summary>
    /// The distinct hashed ids of <paramref name="text"/> (in first-seen order) with their counts, in the scratch buffers; reused when
    /// this thread last hashed the same string instance with the same hashing settings (strings are immutable, so the
    /// ids are identical). Returns the number of distinct ids.
    /// </summary>
    private int CachedHash(string text, Scratch scratch)
    {
        var o = Options;
        if (ReferenceEquals(scratch.LastText, text) && scratch.LastHashBits == o.HashBits && scratch.LastMaxWordNgram == o.MaxWordNgram
            && scratch.LastMinCharNgram == o.MinCharNgram && scratch.LastMaxCharNgram == o.MaxCharNgram && (scratch.LastSkipBigrams || !o.SkipBigrams))
            return scratch.LastCount;
        scratch.LastText = null;
        int m = Hash(text, o, scratch);
        int u = scratch.CountDistinct(m);
        scratch.LastText = text;
        scratch.LastCount = u;
        scratch.LastHashBits = o.HashBits;
        scratch.LastMaxWordNgram = o.MaxWordNgram;
        scratch.LastMinCharNgram = o.MinCharNgram;
        scratch.LastMaxCharNgram = o.MaxCharNgram;
        scratch.LastSkipBigrams = o.SkipBigrams;
        return u;
    }

    private static int Hash(string text, FeaturizerOptions options, Scratch scratch)
    {
        int n = TextPipeline.Normalize(text, ref scratch.Text);
        scratch.Words.Clear();
        var sink = new HashingSink(options, scratch.Ids, scratch.Words);
        TextPipeline.Run(scratch.Text.AsSpan(0, n), ref sink);
        TextPipeline.Emphasis(text, ref sink);
        scratch.Ids = sink.Buffer;
        return sink.Count;
    }

    /// <summary>Writes the fitted featurizer.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var o = Options;
        writer.Write(o.HashBits);
        writer.Write(o.MaxWordNgram | (o.SkipBigrams ? SkipBigramsBit : 0));
        writer.Write(o.MinCharNgram);
        writer.Write(o.MaxCharNgram);
        writer.Write(o.MinDocumentFrequency);
        writer.Write(o.CharWeight);
        writer.Write(_wordColumns);
        writer.Write(_idf.Length);
        WriteMap(writer, _wordMap);
        WriteMap(writer, _charMap);
        foreach (var v in _idf) writer.Write(v);
        writer.Write(o.Lexicon is not null);
        if (o.Lexicon is null) return;
        writer.Write(o.LexiconWeight);
        o.Lexicon.Write(writer);
    }

    private static void WriteMap(BinaryWriter writer, int[] map)
    {
        for (int b = 0; b < map.Length; b++) if (map[b] >= 0) writer.Write(b);
    }

    /// <summary>Reads a featurizer written by <see cref="Write"/>.</summary>
    public static TextFeaturizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int hashBits = reader.ReadInt32(), wordNgram = reader.ReadInt32();
        var options = new FeaturizerOptions
        {
            HashBits = hashBits, MaxWordNgram = wordNgram & ~SkipBigramsBit, SkipBigrams = (wordNgram & SkipBigramsBit) != 0, MinCharNgram = reader.ReadInt32(),
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
        if (reader.ReadBoolean())
        {
            options = options with { LexiconWeight = reader.ReadSingle(), Lexicon = PolarityLexicon.Read(reader) };
            options.Validate();
        }
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
        public int[] Unique = new int[512];
        public int[] Counts = new int[512];
        // The open-addressing table of CountDistinct: per slot the id, the stamp that made it valid and the position of
        // the id in Unique, side by side so a probe reads one cache line.
        private Slot[] _slots = new Slot[1024];
        private int _stamp;
        public readonly WordLog Words = new();
        public string? LastText;
        public int LastCount, LastHashBits, LastMaxWordNgram, LastMinCharNgram, LastMaxCharNgram;
        public bool LastSkipBigrams;

        /// <summary>
        /// Collapses the first <paramref name="m"/> entries of <see cref="Ids"/> into distinct ids and counts (first-seen
        /// order) with an open-addressing table whose slots are invalidated by a stamp instead of clearing; O(m).
        /// </summary>
        public int CountDistinct(int m)
        {
            if (Unique.Length < m)
            {
                Unique = new int[m * 2];
                Counts = new int[m * 2];
            }
            if (_slots.Length < 2 * m)
            {
                _slots = new Slot[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(4 * m))];
                _stamp = 0;
            }
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_slots);
                _stamp = 1;
            }
            var slots = _slots;
            var ids = Ids.AsSpan(0, m);
            var unique = Unique;
            var counts = Counts;
            int stamp = _stamp, mask = slots.Length - 1, u = 0;
            foreach (int id in ids)
            {
                int h = (id ^ (id >> 16)) & mask;
                while (true)
                {
                    ref var slot = ref slots[h];
                    if (slot.Stamp != stamp)
                    {
                        slot = new Slot { Stamp = stamp, Key = id, Position = u };
                        unique[u] = id;
                        counts[u++] = 1;
                        break;
                    }
                    if (slot.Key == id)
                    {
                        counts[slot.Position]++;
                        break;
                    }
                    h = (h + 1) & mask;
                }
            }
            return u;
        }

        public void EnsureColumns(int m)
        {
            if (Columns.Length >= m) return;
            Columns = new int[m * 2];
            Values = new float[m * 2];
        }

        private struct Slot
        {
            public int Key, Stamp, Position;
        }
    }
}
