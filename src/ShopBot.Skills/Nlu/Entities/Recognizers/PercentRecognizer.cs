using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>Percentages: "20%", "twenty percent", "per cent of 210", "minus five percent"; type <c>percentage</c>, resolution <c>{value: "20%"}</c>.</summary>
public sealed class PercentRecognizer : IEntityRecognizer
{
    public const string TypeName = "percentage";

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        // every percentage has a '%' or one of the words percent, percentage, pct, per cent: most messages have none
        if (text.IndexOf('%') < 0 && text.IndexOf("percent", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("pct", StringComparison.OrdinalIgnoreCase) < 0
            && text.IndexOf("cent", StringComparison.OrdinalIgnoreCase) < 0) return [];
        var tokens = Tokenizer.Tokenize(text);
        var parser = NumberParser.For(text, tokens);
        var result = new List<EntityMatch>();
        var urls = UrlChunks(text);
        int i = 0, u = 0;
        while (i < tokens.Count)
        {
            while (u < urls.Count && urls[u].End <= tokens[i].Start) u++;
            if (u < urls.Count && urls[u].Start <= tokens[i].Start) { i++; continue; }
            // "percent of twenty", "per cent of 210"
            if (PercentWordAt(tokens, parser, i, out int pw) && pw >= 0 && parser.Next(pw) is int of && of >= 0 && tokens[of].IsWord("of")
                && parser.Next(of) is int n && n >= 0 && parser.TryParseAt(n, out var after))
            {
                Add(result, text, tokens[i].Start, tokens[after.Last].End, NumberFormat.Format(after.Value) + "%");
                i = after.Last + 1;
                continue;
            }
            if (parser.TryParseAt(i, out var p))
            {
                int k = p.Last + 1;
                if (k < tokens.Count && tokens[k].IsSymbol('%') && (tokens[k].Start == tokens[p.Last].End || string.IsNullOrWhiteSpace(text[tokens[p.Last].End..tokens[k].Start])))
                {
                    Add(result, text, tokens[i].Start, tokens[k].End, NumberFormat.Format(p.Value) + "%");
                    i = k + 1;
                    continue;
                }
                if (parser.Next(p.Last) is int w && w >= 0 && PercentWordAt(tokens, parser, w, out int wl))
                {
                    Add(result, text, tokens[i].Start, tokens[wl].End, NumberFormat.Format(p.Value) + "%");
                    i = wl + 1;
                    continue;
                }
                i = p.Last + 1;
                continue;
            }
            if (tokens[i].IsSymbol('%') || tokens[i].IsWord("percentage"))
            {
                Add(result, text, tokens[i].Start, tokens[i].End, "null");
            }
            i++;
        }
        return result;
    }

    private static bool PercentWordAt(List<Token> tokens, NumberParser parser, int i, out int last)
    {
        last = i;
        if (i < 0 || i >= tokens.Count) return false;
        if (tokens[i].Lower is "percent" or "percentage" or "percents" or "pct" && tokens[i].Kind == TokenKind.Word) return true;
        if (tokens[i].IsWord("per") && parser.Next(i) is int c && c >= 0 && tokens[c].IsWord("cent")) { last = c; return true; }
        return false;
    }

    /// <summary>The whitespace-separated chunks that are URLs, in order (one pass).</summary>
    private static List<(int Start, int End)> UrlChunks(string text)
    {
        var urls = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var chunk = text.AsSpan(s, i - s);
            if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) urls.Add((s, i));
        }
        return urls;
    }

    private static void Add(List<EntityMatch> result, string text, int s, int e, string value) =>
        result.Add(new EntityMatch(text[s..e], s, e - 1, TypeName, new Dictionary<string, object?> { ["value"] = value }));
}
