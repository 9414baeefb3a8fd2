namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>A word of a message: [Start, End) and its lower-cased text.</summary>
internal readonly record struct WordSpan(int Start, int End, string Lower)
{
    /// <summary>Splits text into runs of letters, digits and apostrophes (linear time).</summary>
    public static List<WordSpan> Split(string text)
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
