using System.Text;

namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// The small internal tokeniser of the content recommender: lower-cases, splits on anything that is not a letter
/// or digit, drops one-character tokens and a few English stop words. (The NLU pipeline has its own, richer one.)
/// </summary>
internal static class ContentTokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "of", "for", "with", "in", "on", "to", "by", "or", "is", "it", "at", "from",
    };

    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
                continue;
            }
            if (Flush(current) is { } token) yield return token;
        }
        if (Flush(current) is { } last) yield return last;
    }

    private static string? Flush(StringBuilder current)
    {
        if (current.Length == 0) return null;
        var token = current.ToString();
        current.Clear();
        return token.Length < 2 || StopWords.Contains(token) ? null : token;
    }
}
