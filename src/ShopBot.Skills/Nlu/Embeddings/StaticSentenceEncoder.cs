using System.Globalization;

namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>
/// A sentence vector from static token vectors (<see cref="WordVectorTable"/>): the text is cut into words and
/// punctuation the way an uncased BERT tokenizer does (lower case, accents removed), a word missing from the table is
/// kept as a known word plus an inflection ending when WordPiece cuts it so ("refund" "##s"), else taken for the most
/// frequent whole word one edit away when there is one (<see cref="WordVectorTable.Correct"/>: a misspelt word's
/// WordPiece fragments carry another meaning; see the README for the measured effect), and otherwise split into its
/// longest known pieces (WordPiece: a prefix, then <c>##</c> continuations; a word with an unknown part is skipped), and the
/// vector is the sum of the pieces' rows divided by the square root of the sum of their squared
/// lengths: the unit-length sum if the rows were orthogonal. Unlike the sum's own length, that divisor is known per
/// token in advance, so a model head need not read the rows at all (<see cref="Intents.EncoderHead"/>); 5-fold
/// cross-validation on the CLINC150 training data scored it 96.26 against 96.09 for the unit-length sum, and BANKING77
/// 91.1 against 91.0. No allocation for a text of up to <see cref="MaxCharacters"/> characters; longer texts are cut
/// there. A text with no known piece gives the zero vector.
/// </summary>
public sealed class StaticSentenceEncoder(WordVectorTable table) : ISentenceEncoder
{
    /// <summary>The configuration name (<c>ShopBot:Nlu:Encoder</c>).</summary>
    public const string Static = "static";

    /// <summary>Characters read from a text.</summary>
    public const int MaxCharacters = 1000;

    /// <summary>Longer words are skipped, as BERT's tokenizer maps them to its unknown token.</summary>
    public const int MaxWordLength = 100;

    private static readonly char[] s_fold = BuildFoldTable();

    // The last text this thread cut into pieces, so the intent and sentiment heads read one message's pieces once.
    [ThreadStatic] private static (StaticSentenceEncoder? Owner, string? Text, int[]? Rows, int Count) t_last;
    private readonly WordVectorTable _table = table ?? throw new ArgumentNullException(nameof(table));

    // The rows of English inflection endings as WordPiece continuations: a word cut into a known word and one of these
    // ("refund" "##s", "track" "##ing") is a form of that word, not a misspelling, and keeps its pieces.
    private readonly HashSet<int> _inflections = [.. new[] { "##s", "##es", "##ed", "##d", "##ing", "##er", "##ers", "##est", "##en", "##ly", "##y" }
        .Select(e => table?.IndexOf(e) ?? -1).Where(row => row >= 0)];

    /// <summary>An encoder over the shipped MiniLM table.</summary>
    public static StaticSentenceEncoder Shipped() => new(WordVectorTable.Shipped);

    /// <summary>
    /// <c>static/</c>, the table's fingerprint and <c>/3</c>, the version of the vector's definition (1: the unit-length
    /// sum; 2: divided by the root of the squared lengths; 3: misspelt words corrected), so a model refuses to load with
    /// a different table or a head trained on other vectors.
    /// </summary>
    public string Name => $"{Static}/{_table.Fingerprint}/3";

    /// <inheritdoc />
    public int Dimension => _table.Dimension;

    /// <summary>The table.</summary>
    public WordVectorTable Table => _table;

    /// <inheritdoc />
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        for (int i = 0; i < texts.Count; i++)
        {
            if (i % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            vectors[i] = new float[Dimension];
            Encode(texts[i], vectors[i]);
        }
        return vectors;
    }

    /// <inheritdoc />
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public void Encode(string text, Span<float> vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (vector.Length < Dimension) throw new ArgumentException($"Need {Dimension} slots.", nameof(vector));
        vector = vector[..Dimension];
        vector.Clear();
        Span<int> rows = stackalloc int[MaxCharacters];
        int count = Pieces(text, rows);
        float squared = 0;
        for (int k = 0; k < count; k++)
        {
            Intents.LogMath.Add(vector, _table.Row(rows[k]));
            squared += _table.SquaredLength(rows[k]);
        }
        if (squared > 0)
        {
            float scale = 1 / MathF.Sqrt(squared);
            for (int k = 0; k < vector.Length; k++) vector[k] *= scale;
        }
    }

    /// <summary>
    /// The table rows of the text's pieces, in order, written to <paramref name="rows"/> (which needs
    /// <see cref="MaxCharacters"/> slots: every piece takes at least one character); returns their number.
    /// </summary>
    public int Pieces(string text, Span<int> rows)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (rows.Length < Math.Min(text.Length, MaxCharacters)) throw new ArgumentException($"Need {MaxCharacters} slots.", nameof(rows));
        var last = t_last;
        if (ReferenceEquals(last.Owner, this) && ReferenceEquals(last.Text, text))
        {
            last.Rows.AsSpan(0, last.Count).CopyTo(rows);
            return last.Count;
        }
        int count = Cut(text, rows);
        var keep = last.Rows ?? new int[MaxCharacters];
        rows[..count].CopyTo(keep);
        t_last = (this, text, keep, count);
        return count;
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    private int Cut(string text, Span<int> rows)
    {
        // Two spare slots in front of the word let a "##" continuation be written over letters already consumed.
        Span<char> word = stackalloc char[MaxWordLength + 2];
        int end = Math.Min(text.Length, MaxCharacters), i = 0, count = 0;
        while (i < end)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                int length = 0;
                ulong hash = WordVectorTable.HashStart;
                for (; i < end && IsWordChar(text[i]); i++)
                {
                    char f = Fold(text[i]);
                    if (f == '\0') continue;
                    if (length < MaxWordLength) word[2 + length] = f;
                    hash = WordVectorTable.HashStep(hash, f);
                    length++;
                }
                if (length is > 0 and <= MaxWordLength) count += AddWord(word, length, hash, rows[count..]);
                continue;
            }
            i++;
            if (c is ' ' || char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char p = Fold(c);
            int row = p == '\0' ? -1 : _table.IndexOf(new ReadOnlySpan<char>(in p));
            if (row >= 0) rows[count++] = row;
        }
        return count;
    }

    /// <summary>
    /// Writes the rows of one word (in <c>word[2..2+length]</c>, its characters already hashed into
    /// <paramref name="hash"/>) and returns how many: the whole word; else a known word and an inflection ending
    /// ("refund" "##s") as WordPiece cuts it; else the word one edit away (a misspelling); else WordPiece's pieces.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private int AddWord(Span<char> word, int length, ulong hash, Span<int> pieces)
    {
        int whole = _table.IndexOfHash(hash);
        if (whole >= 0)
        {
            pieces[0] = whole;
            return 1;
        }
        // WordPiece writes "##" over letters it has consumed, and the corrector needs them.
        Span<char> letters = stackalloc char[length];
        word.Slice(2, length).CopyTo(letters);
        int count = WordPieces(word, length, pieces);
        if (count == 2 && _inflections.Contains(pieces[1])) return 2;
        int corrected = _table.Correct(letters);
        if (corrected < 0) return count;
        pieces[0] = corrected;
        return 1;
    }

    /// <summary>Greedy longest-match-first WordPiece over <c>word[2..2+length]</c>; 0 when some part is not in the table.</summary>
    private int WordPieces(Span<char> word, int length, Span<int> pieces)
    {
        int count = 0, start = 0;
        while (start < length)
        {
            int found = -1, stop = length;
            for (; stop > start; stop--)
            {
                // The piece is word[2+start..2+stop]; a continuation is preceded by "##" in the two slots before it.
                ReadOnlySpan<char> candidate;
                if (start == 0) candidate = word.Slice(2, stop);
                else
                {
                    word[start] = '#';
                    word[start + 1] = '#';
                    candidate = word.Slice(start, stop - start + 2);
                }
                found = _table.IndexOf(candidate);
                if (found >= 0) break;
            }
            if (found < 0) return 0;
            pieces[count++] = found;
            start = stop;
        }
        return count;
    }

    private static bool IsWordChar(char c) =>
        (uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || (c > 127 || (uint)(c - 'A') <= 'Z' - 'A') && char.IsLetterOrDigit(c) || (c > 127 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Lower case without accents; '\0' for a combining mark (dropped).</summary>
    private static char Fold(char c) =>
        c < s_fold.Length ? s_fold[c] : char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? '\0' : char.ToLowerInvariant(c);

    private static char[] BuildFoldTable()
    {
        // Accented Latin letters (Latin-1 and Latin Extended-A, lower case) and their base letters: what removing the
        // accents of the canonical decomposition gives. Written out because string.Normalize does nothing under this
        // project's invariant globalization.
        (string Accented, char Base)[] accents =
        [
        ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ď", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥ", 'h'),
        ("ìíîïĩīĭį", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľ", 'l'), ("ñńņň", 'n'), ("òóôõöōŏő", 'o'), ("ŕŗř", 'r'),
        ("śŝşš", 's'), ("ţť", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
        ];
        // ASCII, Latin-1 and Latin Extended-A/B: lower case, then the base letter of an accented one.
        var fold = new char[0x250];
        for (int c = 0; c < fold.Length; c++)
        {
            char lower = char.ToLowerInvariant((char)c);
            foreach (var (accented, letter) in accents)
                if (accented.Contains(lower)) lower = letter;
            fold[c] = lower;
        }
        return fold;
    }
}
