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
