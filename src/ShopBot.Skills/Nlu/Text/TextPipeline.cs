using System.Buffers;

namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// The text pipeline shared by every NLU model: Unicode NFKC normalisation, case folding, tokenisation, contraction
/// expansion (<c>don't</c> becomes <c>do not</c>), negation marking (words after a negator up to clause punctuation)
/// and Porter2 stemming. The span-based <see cref="Run{TSink}"/> allocates nothing for ASCII input.
/// </summary>
public static class TextPipeline
{
    /// <summary>Prefix given to negated words by <see cref="Tokens"/>.</summary>
    public const string NegationPrefix = "NEG_";

    private const int MaxWord = 64;

    /// <summary>NFKC-normalises, case-folds and unifies apostrophes; the form every model sees.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length * 2));
        try
        {
            int n = Normalize(text, ref rented);
            return new string(rented, 0, n);
        }
        finally { ArrayPool<char>.Shared.Return(rented); }
    }

    /// <summary>Writes the normalised form of <paramref name="text"/> into a pooled buffer (grown when needed) and returns its length.</summary>
    internal static int Normalize(string text, ref char[] buffer)
    {
        ReadOnlySpan<char> source = text;
        bool ascii = System.Text.Ascii.IsValid(source);
        if (!ascii) source = CompatibilityFolding.NormalizeKc(text);
        if (buffer.Length < source.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(source.Length);
        }
        if (ascii)
        {
            // The same mapping as the loop below restricted to ASCII (A-Z lowered, the backtick made an apostrophe), a vector at a time.
            var target = buffer.AsSpan(0, source.Length);
            System.Text.Ascii.ToLower(source, target, out _);
            target.Replace('`', '\'');
            return source.Length;
        }
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            buffer[i] = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                >= 'A' and <= 'Z' => (char)(c + 32),
                < '\u0080' => c,
                _ => char.ToLowerInvariant(c),
            };
        }
        return source.Length;
    }

    /// <summary>The words of <paramref name="text"/> as the models see them, negated ones prefixed with <see cref="NegationPrefix"/>.</summary>
    public static IReadOnlyList<string> Tokens(string text, bool stem = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new ListSink();
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        try
        {
            int n = Normalize(text, ref buffer);
            Run(buffer.AsSpan(0, n), ref sink, stem);
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
        return sink.Words;
    }

    /// <summary>Tokenises already normalised text and reports raw tokens, words and boundaries to <paramref name="sink"/>.</summary>
    internal static void Run<TSink>(ReadOnlySpan<char> text, ref TSink sink, bool stem = true) where TSink : struct, ITokenSink
    {
        bool negating = false;
        int i = 0;
        Span<char> word = stackalloc char[MaxWord];
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (text[i] == '\'' && i + 1 < text.Length && IsWordChar(text[i + 1])))) i++;
                var token = text[start..i];
                sink.OnRawToken(token);
                EmitToken(token, ref sink, ref negating, word, stem);
            }
            else if (EmojiLength(text, i) is > 0 and int length)
            {
                // An emoji is a word of its own, never stemmed and never negated: it says how the writer feels
                // ("not again 😡"), so a negation before it does not turn it round. It is not a raw token: its
                // character n-grams would be its UTF-16 halves, which most emoji share, so an emoji no training
                // sentence had would read like the ones they had.
                sink.OnWord(text.Slice(i, length), false);
                i += length;
                while (i < text.Length && EmojiModifierLength(text, i) is > 0 and int skip) i += skip;
            }
            else
            {
                if (c is '.' or ',' or '!' or '?' or ';' or ':' or '(' or ')')
                {
                    negating = false;
                    sink.OnBoundary();
                }
                i++;
            }
        }
    }

    /// <summary>Pseudo-word for shouting: two or more words in capitals ("WHERE IS MY PARCEL"), or one of five letters or more ("FURIOUS").</summary>
    public const string ShoutingMark = "\u2191caps";

    /// <summary>Pseudo-word for doubled punctuation: "??", "!!", "?!".</summary>
    public const string InsistingMark = "\u2191punct";

    /// <summary>
    /// Reports how the original (not case-folded) text insists: <see cref="ShoutingMark"/> and <see cref="InsistingMark"/>,
    /// each at most once, after a boundary so they pair with no word. Case folding and punctuation removal lose both,
    /// and they are what tells "WHERE IS MY PARCEL???" from "where is my parcel" (VADER's capitals and punctuation
    /// emphasis, Hutto and Gilbert 2014). Words of one letter ("I", "A") and short single words ("VAT", "UK") do not count.
    /// </summary>
    internal static void Emphasis<TSink>(ReadOnlySpan<char> original, ref TSink sink) where TSink : struct, ITokenSink
    {
        int capsWords = 0, longestCaps = 0;
        bool insisting = false;
        int i = 0;
        while (i < original.Length)
        {
            char c = original[i];
            if (char.IsLetter(c))
            {
                int start = i;
                bool upper = true;
                while (i < original.Length && char.IsLetter(original[i]))
                {
                    upper &= char.IsUpper(original[i]);
                    i++;
                }
                int length = i - start;
                if (upper && length >= 2)
                {
                    capsWords++;
                    longestCaps = Math.Max(longestCaps, length);
                }
                continue;
            }
            if (c is '?' or '!' && i + 1 < original.Length && original[i + 1] is '?' or '!') insisting = true;
            i++;
        }
        bool shouting = capsWords >= 2 || longestCaps >= 5;
        if (!shouting && !insisting) return;
        sink.OnBoundary();
        if (shouting) sink.OnWord(ShoutingMark, false);
        if (insisting) sink.OnWord(InsistingMark, false);
    }

    /// <summary>
    /// The UTF-16 length (1 or 2) of the emoji starting at <paramref name="i"/>, 0 if none: the emoticon, pictograph,
    /// transport and supplemental blocks (U+1F300-1F5FF, 1F600-1F64F, 1F680-1F6FF, 1F900-1F9FF, 1FA70-1FAFF, skin
    /// tones excepted) and the BMP's miscellaneous symbols and dingbats (U+2600-27BF: ☺ ☹ ❤ ✅ ❌) with ⭐ and ⭕.
    /// </summary>
    private static int EmojiLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c is >= '\u2600' and <= '\u27BF' or '\u2B50' or '\u2B55') return 1;
        if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return 0;
        int code = char.ConvertToUtf32(c, text[i + 1]);
        bool emoji = code is >= 0x1F300 and <= 0x1F5FF and not (>= 0x1F3FB and <= 0x1F3FF)
            or >= 0x1F600 and <= 0x1F64F or >= 0x1F680 and <= 0x1F6FF or >= 0x1F900 and <= 0x1F9FF or >= 0x1FA70 and <= 0x1FAFF;
        return emoji ? 2 : 0;
    }

    /// <summary>The length of what may follow an emoji without changing its meaning here: a variation selector, a zero-width joiner or a skin tone.</summary>
    private static int EmojiModifierLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c is '\uFE0F' or '\uFE0E' or '\u200D') return 1;
        if (c == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF') return 2;
        return 0;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static void EmitToken<TSink>(ReadOnlySpan<char> token, ref TSink sink, ref bool negating, Span<char> buffer, bool stem)
        where TSink : struct, ITokenSink
    {
        if (Contractions.TrySplit(token, out var first, out var second))
        {
            if (!first.IsEmpty) EmitWord(first, ref sink, ref negating, buffer, stem);
            EmitWord(second, ref sink, ref negating, buffer, stem);
            return;
        }
        // A possessive or "is" clitic ('s) adds nothing a classifier can use.
        if (token.EndsWith("'s", StringComparison.Ordinal)) token = token[..^2];
        EmitWord(token, ref sink, ref negating, buffer, stem);
    }

    private static void EmitWord<TSink>(ReadOnlySpan<char> word, ref TSink sink, ref bool negating, Span<char> buffer, bool stem)
        where TSink : struct, ITokenSink
    {
        if (Contractions.IsScopeBreaker(word))
        {
            negating = false;
            sink.OnWord(word, false);
            return;
        }
        bool isNegator = Contractions.IsNegator(word);
        ReadOnlySpan<char> output = word;
        if (stem && word.Length <= buffer.Length) output = buffer[..StemCache.ForThread.Stem(word, buffer)];
        sink.OnWord(output, negating && !isNegator);
        if (isNegator) negating = true;
    }

    private struct ListSink() : ITokenSink
    {
        public List<string> Words { get; } = [];

        public readonly void OnRawToken(ReadOnlySpan<char> token) { }

        public readonly void OnWord(ReadOnlySpan<char> stemmed, bool negated) =>
            Words.Add(negated ? NegationPrefix + stemmed.ToString() : stemmed.ToString());

        public readonly void OnBoundary() { }
    }
}
