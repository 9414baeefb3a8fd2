namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>A word of a message: [Start, End) and its lower-cased text.</summary>
internal readonly record struct WordSpan(int Start, int End, string Lower)
{
    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static List<WordSpan>? _lastWords;

    /// <summary>
    /// Splits text into runs of letters, digits and apostrophes (linear time). The last result is remembered per
    /// thread (by reference), so the recognizers of one message share one split; callers must not modify the list.
    /// </summary>
    public static List<WordSpan> Split(string text)
    {
        if (ReferenceEquals(text, _lastText) && _lastWords is not null) return _lastWords;
        var words = SplitCore(text);
        _lastText = text;
        _lastWords = words;
        return words;
    }

    private static List<WordSpan> SplitCore(string text)
    {
        var words = new List<WordSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            words.Add(new WordSpan(s, i, text[s..i].ToLowerInvariant()));
        }
        return words;
    }
}
