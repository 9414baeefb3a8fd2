namespace ShopBot.Skills.Nlu.Text;

/// <summary>English contractions and negators, as chat users type them (with or without the apostrophe).</summary>
internal static class Contractions
{
    /// <summary>Splits a contraction into two words (<c>don't</c> → <c>do</c> + <c>not</c>, <c>we're</c> → <c>we</c> + <c>are</c>).</summary>
    public static bool TrySplit(ReadOnlySpan<char> token, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        first = default;
        second = default;
        switch (token)
        {
            case "won't" or "wont": first = "will"; second = "not"; return true;
            case "can't" or "cant" or "cannot": first = "can"; second = "not"; return true;
            case "shan't": first = "shall"; second = "not"; return true;
            case "ain't" or "aint": first = "is"; second = "not"; return true;
            case "dont" or "doesnt" or "didnt" or "isnt" or "arent" or "wasnt" or "werent" or "havent" or "hasnt"
                or "hadnt" or "couldnt" or "shouldnt" or "wouldnt" or "mustnt" or "neednt":
                first = token[..^2]; second = "not"; return true;
        }
        if (token.EndsWith("n't", StringComparison.Ordinal)) { first = token[..^3]; second = "not"; return true; }
        if (token.EndsWith("'re", StringComparison.Ordinal)) { first = token[..^3]; second = "are"; return true; }
        if (token.EndsWith("'ll", StringComparison.Ordinal)) { first = token[..^3]; second = "will"; return true; }
        if (token.EndsWith("'ve", StringComparison.Ordinal)) { first = token[..^3]; second = "have"; return true; }
        if (token.EndsWith("'m", StringComparison.Ordinal)) { first = token[..^2]; second = "am"; return true; }
        if (token.EndsWith("'d", StringComparison.Ordinal)) { first = token[..^2]; second = "would"; return true; }
        return false;
    }

    /// <summary>Words that open a negation scope.</summary>
    public static bool IsNegator(ReadOnlySpan<char> word) => word is "not" or "no" or "never" or "nothing" or "nobody"
        or "none" or "nowhere" or "neither" or "nor" or "without" or "hardly" or "barely" or "nt";

    /// <summary>Words that close a negation scope like punctuation does.</summary>
    public static bool IsScopeBreaker(ReadOnlySpan<char> word) => word is "but" or "however" or "although" or "though";
}
