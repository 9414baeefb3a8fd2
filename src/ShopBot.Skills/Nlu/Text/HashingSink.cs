namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// Turns pipeline output into hashed feature ids: word uni/bigrams of stems (negated words hashed apart), optionally
/// skip-bigrams (two stems with one word between them), and character n-grams of raw tokens with boundary marks.
/// Ids go into a reusable buffer; bit 30 marks character n-grams and bit 29 skip-bigrams (whose bucket is in the word
/// block), so a featurizer without skip-bigrams can reuse another's ids by ignoring the marked ones.
/// </summary>
internal struct HashingSink(FeaturizerOptions options, int[] buffer, WordLog? log = null) : ITokenSink
{
    public const int CharFlag = 1 << 30;

    /// <summary>Marks a skip-bigram id; the id without it is a word-block bucket.</summary>
    public const int SkipFlag = 1 << 29;
    /// <summary>Longest token (with its two boundary marks) whose n-grams are hashed from a stack copy.</summary>
    private const int MaxMarkedToken = 128;

    private const uint WordSeed = 2166136261u, NegSeed = 0x9E3779B9u, CharSeed = 0x85EBCA6Bu;

    private readonly int _mask = (1 << options.HashBits) - 1;
    private uint _prev1, _prev2;
    private int _words;

    public int[] Buffer { get; private set; } = buffer;
    public int Count { get; private set; }

    public void OnRawToken(ReadOnlySpan<char> token)
    {
        if (options.MinCharNgram == 0) return;
        int len = token.Length + 2;
        int min = options.MinCharNgram, max = options.MaxCharNgram;
        if (len < min) return;
        if (len > MaxMarkedToken)
        {
            LongToken(token);
            return;
        }
        // The token with its boundary marks, and room for every n-gram id at once (at most max − min + 1 per start).
        Span<char> marked = stackalloc char[len];
        marked[0] = '<';
        token.CopyTo(marked[1..]);
        marked[^1] = '>';
        Reserve((len - min + 1) * (max - min + 1));
        var ids = Buffer;
        int count = Count;
        uint mask = (uint)_mask;
        // One pass per start position extends the hash char by char and emits every length in [min, max].
        for (int start = 0; start + min <= len; start++)
        {
            uint h = CharSeed;
            int end = Math.Min(len, start + max);
            for (int k = start; k < end; k++)
            {
                h = (h ^ marked[k]) * 16777619u;
                int n = k - start + 1;
                if (n >= min) ids[count++] = (int)(Mix(h + (uint)n * 0x27D4EB2Fu) & mask) | CharFlag;
            }
        }
        Count = count;
    }

    /// <summary>The n-grams of a token too long for the stack copy in <see cref="OnRawToken"/> (same ids, one char at a time; internal for tests).</summary>
    internal void LongToken(ReadOnlySpan<char> token)
    {
        int len = token.Length + 2;
        int min = options.MinCharNgram, max = options.MaxCharNgram;
        for (int start = 0; start + min <= len; start++)
        {
            uint h = CharSeed;
            int end = Math.Min(len, start + max);
            for (int k = start; k < end; k++)
            {
                char c = k == 0 ? '<' : k == len - 1 ? '>' : token[k - 1];
                h = (h ^ c) * 16777619u;
                int n = k - start + 1;
                if (n >= min) Add((int)(Mix(h + (uint)n * 0x27D4EB2Fu) & (uint)_mask) | CharFlag);
            }
        }
    }

    public void OnWord(ReadOnlySpan<char> stem, bool negated)
    {
        uint h = WordHash(stem, negated);
        log?.Word(negated ? WordHash(stem, false) : h, negated);
        Add((int)(h & (uint)_mask));
        if (options.MaxWordNgram >= 2 && _words >= 1) Add((int)(Mix(_prev1 * 31 + h + 0x1234567u) & (uint)_mask));
        if (options.MaxWordNgram >= 3 && _words >= 2) Add((int)(Mix((_prev2 * 31 + _prev1) * 31 + h + 0x7654321u) & (uint)_mask));
        if (options.SkipBigrams && _words >= 2) Add((int)(Mix(_prev2 * 37 + h + 0x2545F491u) & (uint)_mask) | SkipFlag);
        _prev2 = _prev1;
        _prev1 = h;
        _words++;
    }

    public void OnBoundary()
    {
        _words = 0;
        log?.Boundary();
    }

    /// <summary>The full hash of a (stemmed) word; its feature id is this masked to the hash bits.</summary>
    public static uint WordHash(ReadOnlySpan<char> stem, bool negated)
    {
        uint h = negated ? NegSeed : WordSeed;
        foreach (char c in stem) h = (h ^ c) * 16777619u;
        return Mix(h);
    }

    private void Add(int id)
    {
        if (Count == Buffer.Length) Reserve(1);
        Buffer[Count++] = id;
    }

    /// <summary>Grows the buffer (doubling) so that <paramref name="more"/> ids fit after the current ones.</summary>
    private void Reserve(int more)
    {
        if (Count + more <= Buffer.Length) return;
        var bigger = new int[Math.Max(Buffer.Length * 2, Count + more)];
        Buffer.AsSpan(0, Count).CopyTo(bigger);
        Buffer = bigger;
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
