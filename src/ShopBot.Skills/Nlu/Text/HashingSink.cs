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
        // One pass per start position extends the hash char by char and emits every length in [min, max].
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
        if (Count == Buffer.Length)
        {
            var bigger = new int[Buffer.Length * 2];
            Buffer.AsSpan().CopyTo(bigger);
            Buffer = bigger;
        }
        Buffer[Count++] = id;
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
