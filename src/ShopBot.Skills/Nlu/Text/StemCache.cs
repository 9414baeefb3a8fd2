namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// A direct-mapped cache of Porter2 stems, one per thread: chat vocabularies are small, so most words were stemmed
/// before and a lookup (hash, compare, copy) replaces the stemmer's suffix rules. Fixed-size arrays allocated once;
/// a slot keeps the last word that hashed to it, so results are always exactly <see cref="PorterStemmer.Stem(Span{char})"/>.
/// </summary>
internal sealed class StemCache
{
    /// <summary>Longest word kept; longer words are stemmed every time.</summary>
    public const int MaxWord = 24;

    private const int Slots = 4096;

    [ThreadStatic] private static StemCache? t_instance;

    private readonly char[] _words = new char[Slots * MaxWord];
    private readonly char[] _stems = new char[Slots * MaxWord];
    private readonly byte[] _wordLengths = new byte[Slots];
    private readonly byte[] _stemLengths = new byte[Slots];

    /// <summary>The calling thread's cache.</summary>
    public static StemCache ForThread => t_instance ??= new StemCache();

    /// <summary>Stems <paramref name="word"/> (lower case) into <paramref name="output"/> (at least as long as the word) and returns the stem length.</summary>
    public int Stem(ReadOnlySpan<char> word, Span<char> output)
    {
        if (output.Length < word.Length) throw new ArgumentException("The output buffer is shorter than the word.", nameof(output));
        if (word.Length > MaxWord || word.IsEmpty)
        {
            word.CopyTo(output);
            return PorterStemmer.Stem(output[..word.Length]);
        }
        uint h = 2166136261u;
        foreach (char c in word) h = (h ^ c) * 16777619u;
        int slot = (int)((h ^ (h >> 15)) & (Slots - 1));
        int at = slot * MaxWord;
        if (_wordLengths[slot] == word.Length && word.SequenceEqual(_words.AsSpan(at, word.Length)))
        {
            int cached = _stemLengths[slot];
            _stems.AsSpan(at, cached).CopyTo(output);
            return cached;
        }
        word.CopyTo(output);
        int n = PorterStemmer.Stem(output[..word.Length]);
        word.CopyTo(_words.AsSpan(at, MaxWord));
        output[..n].CopyTo(_stems.AsSpan(at, MaxWord));
        _wordLengths[slot] = (byte)word.Length;
        _stemLengths[slot] = (byte)n;
        return n;
    }
}
