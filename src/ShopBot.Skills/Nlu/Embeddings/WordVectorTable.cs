using System.Security.Cryptography;

namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// Static token vectors: one row per token of a WordPiece vocabulary (whole words, and <c>##</c> pieces that continue
/// a word), each the source sentence encoder's vector for that token alone, centred and projected on the encoder's
/// leading principal components (<see cref="WordVectorBuilder"/>). The file keeps the centre and the projection, so a
/// row can be checked against the encoder, and stores rows as 8-bit integers with one scale per row.
/// </summary>
public sealed class WordVectorTable
{
    /// <summary>Manifest name of the table shipped inside this assembly (built from all-MiniLM-L6-v2).</summary>
    public const string ShippedResource = "ShopBot.Skills.Nlu.Embeddings.minilm-word-vectors.bin";

    private const string Magic = "ShopBot word vectors";
    private const int FormatVersion = 1;
    private static readonly Lazy<WordVectorTable> s_shipped = new(LoadShipped);

    private readonly string[] _tokens;
    private readonly float[] _vectors;
    private readonly float[] _squaredLengths;
    private readonly float[] _mean;
    private readonly float[] _projection;
    // Open addressing over the tokens' 64-bit FNV-1a hashes (linear probing), the hash standing for the token: a lookup
    // allocates nothing and reads one slot, where comparing the characters would read a hash, a token reference and a
    // string, each a cache miss once the bag-of-words models have pushed this memory out (measured: 5-8% of a
    // message's intent + sentiment time). The constructor refuses tokens whose hashes collide, so every token is
    // found; a string outside the table is taken for a token only if their 64-bit hashes are equal, about one chance
    // in 6·10^14 per lookup with 29,523 tokens.
    private readonly Slot[] _slots;
    // Every one-letter deletion of every whole-word token, by 64-bit hash, with the most frequent such token (the lowest
    // row: the vocabulary lists words by frequency): the index of a symmetric-delete spelling corrector.
    private readonly Slot[] _deletions;

    /// <summary>
    /// A table of <paramref name="tokens"/> with their <paramref name="vectors"/> (row-major, <paramref name="dimension"/>
    /// floats each), the source encoder's mean vector and the projection (<paramref name="dimension"/> rows of
    /// <c>sourceMean.Length</c> floats) that maps a centred source vector to a row.
    /// </summary>
    public WordVectorTable(string source, IReadOnlyList<string> tokens, float[] vectors, int dimension, float[] sourceMean, float[] projection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(sourceMean);
        ArgumentNullException.ThrowIfNull(projection);
        if (dimension < 1) throw new ArgumentException($"dimension must be positive, was {dimension}.", nameof(dimension));
        if (tokens.Count == 0) throw new ArgumentException("A word vector table needs tokens.", nameof(tokens));
        if (vectors.Length != tokens.Count * dimension) throw new ArgumentException($"Expected {tokens.Count} x {dimension} values, got {vectors.Length}.", nameof(vectors));
        if (sourceMean.Length < dimension) throw new ArgumentException("The source vectors must be at least as long as the rows.", nameof(sourceMean));
        if (projection.Length != dimension * sourceMean.Length) throw new ArgumentException($"The projection needs {dimension} x {sourceMean.Length} values.", nameof(projection));
        _tokens = [.. tokens];
        _slots = NewSlots(_tokens.Length);
        for (int i = 0; i < _tokens.Length; i++)
        {
            if (string.IsNullOrEmpty(_tokens[i])) throw new ArgumentException($"Token {i} is empty.", nameof(tokens));
            int known = Add(_slots, Hash(_tokens[i]), i);
            if (known != i)
                throw new ArgumentException(_tokens[known] == _tokens[i] ? $"Token '{_tokens[i]}' appears twice." : $"Tokens '{_tokens[known]}' and '{_tokens[i]}' share a 64-bit hash.", nameof(tokens));
        }
        _deletions = BuildDeletions(_tokens);
        Source = source;
        Dimension = dimension;
        _vectors = vectors;
        _squaredLengths = new float[_tokens.Length];
        for (int i = 0; i < _tokens.Length; i++)
        {
            var row = vectors.AsSpan(i * dimension, dimension);
            _squaredLengths[i] = Intents.LogMath.Dot(row, row);
        }
        _mean = sourceMean;
        _projection = projection;
        Fingerprint = ComputeFingerprint();
    }

    /// <summary>The table built from all-MiniLM-L6-v2 that ships in this assembly (loaded once, shared).</summary>
    public static WordVectorTable Shipped => s_shipped.Value;

    /// <summary>Name of the sentence encoder the rows come from.</summary>
    public string Source { get; }

    /// <summary>Length of every row.</summary>
    public int Dimension { get; }

    /// <summary>Length of the source encoder's vectors.</summary>
    public int SourceDimension => _mean.Length;

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Length;

    /// <summary>The tokens, in row order.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>First 8 hex digits of a SHA-256 over the tokens and rows: names this exact table in model files.</summary>
    public string Fingerprint { get; }

    /// <summary>Row of a token.</summary>
    public ReadOnlySpan<float> Row(int index) => _vectors.AsSpan(index * Dimension, Dimension);

    /// <summary>Squared length of a token's row (<see cref="Row"/>).</summary>
    public float SquaredLength(int index) => _squaredLengths[index];

    /// <summary>Writes <paramref name="values"/> as 8-bit integers scaled by their largest magnitude; returns the scale.</summary>
    internal static float Quantize(ReadOnlySpan<float> values, Span<sbyte> quantized)
    {
        float max = 0;
        foreach (var x in values) max = Math.Max(max, Math.Abs(x));
        float scale = max > 0 ? max / 127f : 0;
        for (int k = 0; k < values.Length; k++) quantized[k] = (sbyte)(scale > 0 ? Math.Clamp(MathF.Round(values[k] / scale), -127, 127) : 0);
        return scale;
    }

    /// <summary>Row index of <paramref name="token"/> (case-sensitive; exact up to 64-bit hash equality, see the slots), or −1.</summary>
    public int IndexOf(ReadOnlySpan<char> token)
    {
        ulong state = HashStart;
        foreach (char c in token) state = HashStep(state, c);
        return IndexOfHash(state);
    }

    /// <summary>
    /// As <see cref="IndexOf"/> for a token whose characters were folded into a hash state from <see cref="HashStart"/>
    /// by <see cref="HashStep"/>, so a caller that reads the characters anyway need not read them twice.
    /// </summary>
    internal int IndexOfHash(ulong state) => Lookup(_slots, Finish(state));

    /// <summary>Shortest word <see cref="Correct"/> tries to correct: shorter words have too many neighbours.</summary>
    public const int MinCorrectedLength = 4;

    /// <summary>
    /// The most frequent whole-word token one edit away from <paramref name="word"/> (one letter added, missing,
    /// changed, or two neighbours swapped), or −1: the words of <paramref name="word"/> minus one letter are looked
    /// up as tokens (an added letter) and in the deletion index (a changed or swapped letter), and the word itself in
    /// the deletion index (a missing letter); each candidate is then checked to be one edit away, since two words
    /// can share a deletion and differ by two edits. For words of lower-case letters of at least
    /// <see cref="MinCorrectedLength"/>; anything else gives −1.
    /// </summary>
    public int Correct(ReadOnlySpan<char> word)
    {
        if (word.Length < MinCorrectedLength || !IsLowerCaseWord(word)) return -1;
        // All hashes first and their slots prefetched, so the scattered reads overlap instead of waiting in turn.
        Span<ulong> hashes = stackalloc ulong[word.Length];
        for (int skip = 0; skip < word.Length; skip++)
        {
            hashes[skip] = DeletionHash(word, skip);
            Prefetch(_slots, hashes[skip]);
            Prefetch(_deletions, hashes[skip]);
        }
        int best = Better(word, -1, Lookup(_deletions, Hash(word)));
        foreach (ulong hash in hashes)
        {
            // A deletion of a word of letters has no '#', so a token found here is a whole word, never a ## piece.
            best = Better(word, best, Lookup(_slots, hash));
            best = Better(word, best, Lookup(_deletions, hash));
        }
        return best;
    }

    /// <summary>The more frequent (lower) of two rows, a candidate counting only when it is one edit from the word.</summary>
    private int Better(ReadOnlySpan<char> word, int best, int candidate) =>
        candidate < 0 || (best >= 0 && best <= candidate) || !IsOneEdit(word, _tokens[candidate]) ? best : candidate;

    /// <summary>
    /// Whether <paramref name="b"/> is <paramref name="a"/> with one letter added, dropped or changed, or two
    /// neighbours swapped. Sharing a one-letter deletion is not enough: "parcl" and "pearl" share "parl" but are two
    /// edits apart.
    /// </summary>
    internal static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var longer = b;
            b = a;
            a = longer;
        }
        int prefix = a.CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            if (prefix == a.Length) return false;
            var restA = a[(prefix + 1)..];
            var restB = b[(prefix + 1)..];
            return restA.SequenceEqual(restB)
                || (restA.Length > 0 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] && restA[1..].SequenceEqual(restB[1..]));
        }
        return a.Length == b.Length + 1 && a[(prefix + 1)..].SequenceEqual(b[prefix..]);
    }

    private static unsafe void Prefetch(Slot[] slots, ulong hash)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
        fixed (Slot* slot = &slots[(int)hash & (slots.Length - 1)]) System.Runtime.Intrinsics.X86.Sse.Prefetch0(slot);
    }

    private static int Lookup(Slot[] slots, ulong hash)
    {
        int mask = slots.Length - 1;
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry.Row == 0) return -1;
            if (entry.Hash == hash) return entry.Row - 1;
        }
    }

    /// <summary>Puts <paramref name="row"/> under <paramref name="hash"/> unless a row is there already; returns the row that stays.</summary>
    private static int Add(Slot[] slots, ulong hash, int row)
    {
        int mask = slots.Length - 1, slot = (int)hash & mask;
        while (slots[slot].Row != 0 && slots[slot].Hash != hash) slot = (slot + 1) & mask;
        if (slots[slot].Row == 0) slots[slot] = new Slot(hash, row + 1);
        return slots[slot].Row - 1;
    }

    /// <summary>An empty open-addressing table for <paramref name="entries"/> entries, at most half full.</summary>
    private static Slot[] NewSlots(long entries) =>
        new Slot[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Min(entries * 2, 1 << 30)))];

    private static Slot[] BuildDeletions(string[] tokens)
    {
        static bool Eligible(string token) => token.Length >= MinCorrectedLength - 1 && IsLowerCaseWord(token);
        long deletions = 0;
        foreach (var token in tokens) if (Eligible(token)) deletions += token.Length;
        var slots = NewSlots(deletions);
        for (int row = 0; row < tokens.Length; row++)
        {
            if (!Eligible(tokens[row])) continue;
            // Rows come in increasing order, so the first token to claim a deletion is the most frequent one.
            for (int skip = 0; skip < tokens[row].Length; skip++) Add(slots, DeletionHash(tokens[row], skip), row);
        }
        return slots;
    }

    /// <summary>Lower-case ASCII letters only, at most 64 of them: the words the corrector handles.</summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 64) return false;
        foreach (char c in word) if (c is < 'a' or > 'z') return false;
        return true;
    }

    /// <summary>The hash of <paramref name="word"/> without its letter at <paramref name="skip"/>.</summary>
    private static ulong DeletionHash(ReadOnlySpan<char> word, int skip)
    {
        ulong state = HashStart;
        for (int k = 0; k < word.Length; k++) if (k != skip) state = HashStep(state, word[k]);
        return Finish(state);
    }

    /// <summary>The FNV-1a offset basis: the hash state of no characters.</summary>
    internal const ulong HashStart = 14695981039346656037;

    /// <summary>Folds one more character into a hash state (FNV-1a, 64 bits).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ulong HashStep(ulong state, char c) => (state ^ c) * 1099511628211;

    private static ulong Finish(ulong state) => state ^ (state >> 29);

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong state = HashStart;
        foreach (char c in text) state = HashStep(state, c);
        return Finish(state);
    }

    private readonly record struct Slot(ulong Hash, int Row);

    /// <summary>Maps a source encoder vector to the table's space: the projection of (vector − mean).</summary>
    public void Project(ReadOnlySpan<float> sourceVector, Span<float> destination) => Project(_mean, _projection, Dimension, sourceVector, destination);

    /// <summary>destination[k] = Σ_j (source[j] − mean[j])·projection[k·D + j] for k &lt; <paramref name="dimension"/>, D the source length.</summary>
    internal static void Project(ReadOnlySpan<float> mean, ReadOnlySpan<float> projection, int dimension, ReadOnlySpan<float> sourceVector, Span<float> destination)
    {
        int d = mean.Length;
        if (sourceVector.Length != d) throw new ArgumentException($"Expected {d} values.", nameof(sourceVector));
        if (destination.Length < dimension) throw new ArgumentException($"Need {dimension} slots.", nameof(destination));
        for (int k = 0; k < dimension; k++)
        {
            var axis = projection.Slice(k * d, d);
            double s = 0;
            for (int j = 0; j < d; j++) s += (sourceVector[j] - mean[j]) * axis[j];
            destination[k] = (float)s;
        }
    }

    /// <summary>Writes the table; rows become 8-bit integers scaled by their largest absolute value.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Source);
        writer.Write(SourceDimension);
        writer.Write(Dimension);
        writer.Write(Count);
        foreach (var x in _mean) writer.Write(x);
        foreach (var x in _projection) writer.Write(x);
        var quantized = new sbyte[Dimension];
        for (int i = 0; i < Count; i++)
        {
            writer.Write(_tokens[i]);
            writer.Write(Quantize(Row(i), quantized));
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(quantized.AsSpan()));
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>; <see cref="InvalidDataException"/> for anything else.</summary>
    public static WordVectorTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic) throw new InvalidDataException("Not a ShopBot word vector file.");
            int version = reader.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"Word vector format {version} is not supported (expected {FormatVersion}).");
            string source = reader.ReadString();
            int sourceDimension = reader.ReadInt32(), dimension = reader.ReadInt32(), count = reader.ReadInt32();
            if (sourceDimension is < 1 or > 4096 || dimension < 1 || dimension > sourceDimension || count is < 1 or > 1_000_000)
                throw new InvalidDataException("Corrupt word vector header.");
            var mean = ReadFloats(reader, sourceDimension);
            var projection = ReadFloats(reader, dimension * sourceDimension);
            var tokens = new string[count];
            var vectors = new float[count * dimension];
            for (int i = 0; i < count; i++)
            {
                tokens[i] = reader.ReadString();
                float scale = reader.ReadSingle();
                var bytes = reader.ReadBytes(dimension);
                if (bytes.Length != dimension) throw new EndOfStreamException();
                for (int k = 0; k < dimension; k++) vectors[i * dimension + k] = (sbyte)bytes[k] * scale;
            }
            return new WordVectorTable(source, tokens, vectors, dimension, mean, projection);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The word vector file ends early.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Corrupt word vector file: {e.Message}", e);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float)) throw new EndOfStreamException();
        var values = new float[count];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private string ComputeFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var t in _tokens) hash.AppendData(System.Text.Encoding.UTF8.GetBytes(t + "\n"));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_vectors.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }

    private static WordVectorTable LoadShipped()
    {
        using var stream = typeof(WordVectorTable).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The assembly does not contain {ShippedResource}.");
        return Read(stream);
    }
}
