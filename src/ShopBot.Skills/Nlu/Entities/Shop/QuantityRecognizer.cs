using ShopBot.Skills.Nlu.Entities.Numbers;
using ShopBot.Skills.Nlu.Entities.Recognizers;

namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// Quantities of items (type <c>quantity</c>, resolution <c>{value, unit?}</c>): "3 mugs", "two hoodies",
/// "2 of them", "a pair of socks" (2), "a couple of" (2), "half a dozen cups" (6). A number followed by a unit of
/// money, time or measure is not a quantity, and neither is a number followed by a word that is not a count noun: the
/// noun must look plural ("3 mugs"), or singular after one ("1 lamp"), so "ordered 3 yesterday", "i need 2 asap" or
/// "order 55021 hasn't come" stay plain numbers. Digits that are part of a reference ("KX-2231", "#D-55021") are never
/// a quantity.
/// </summary>
public sealed class QuantityRecognizer : IEntityRecognizer
{
    public const string TypeName = "quantity";

    private static readonly HashSet<string> NotItems = new(StringComparer.Ordinal)
    {
        "percent", "per", "cent", "times", "time", "am", "pm", "oclock", "years", "year", "months", "month", "weeks", "week", "days",
        "day", "hours", "hour", "minutes", "minute", "mins", "min", "seconds", "second", "secs", "and", "or", "to", "in", "on", "at",
        "the", "for", "from", "with", "is", "are", "was", "were", "of", "th", "st", "nd", "rd", "kg", "km", "cm", "mm", "ml", "lb", "lbs",
        "inch", "inches", "ago", "later", "more", "less", "than", "out", "over", "by", "you", "people", "star", "stars", "off",
        "bucks",
    };

    /// <summary>Words ending in s that are not plural nouns ("2 always", "3 pls").</summary>
    private static readonly HashSet<string> NotPlurals = new(StringComparer.Ordinal)
    {
        "always", "perhaps", "sometimes", "thanks", "this", "thus", "plus", "minus", "yes", "its", "was", "has", "does", "goes",
        "towards", "besides", "afterwards", "unless", "whereas", "hers", "ours", "yours", "theirs", "pls", "whats", "hes",
        "shes", "thats", "theres", "heres", "lets", "needs", "gets", "takes", "comes", "makes", "seems", "says", "looks", "costs",
    };

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = Tokenizer.Tokenize(text);
        var parser = NumberParser.For(text, t);
        var result = new List<EntityMatch>();
        int i = 0;
        while (i < t.Count)
        {
            // "a pair of", "a couple of", "pair of"
            int k = i;
            if ((t[k].IsWord("a") || t[k].IsWord("one")) && k + 1 < t.Count && t[k + 1].Lower is "pair" or "couple") k++;
            if (t[k].Lower is "pair" or "couple" && t[k].Kind == TokenKind.Word && (k > i || t[k].Lower == "pair"))
            {
                int last = k;
                string? unit = null;
                if (k + 1 < t.Count && t[k + 1].IsWord("of"))
                {
                    last = k + 1;
                    if (k + 2 < t.Count && IsItem(t[k + 2])) { last = k + 2; unit = t[k + 2].Lower; }
                }
                Add(result, text, t[i].Start, t[last].End, 2, unit);
                i = last + 1;
                continue;
            }
            if (parser.TryParseAt(i, out var p) && p.Value == Math.Floor(p.Value) && p.Value is > 0 and <= 100000 && t[p.First].Kind != TokenKind.Symbol)
            {
                if (IsAmount(text, t, p.First) || IsReference(text, t[p.First].Start))
                {
                    i = p.Last + 1;
                    continue;
                }
                int n = p.Last + 1;
                bool spaced = n < t.Count && t[n].Start > t[p.Last].End;
                if (n + 1 < t.Count && t[n].IsWord("of") && t[n + 1].Lower is "them" or "those" or "these" or "it")
                {
                    Add(result, text, t[i].Start, t[n + 1].End, p.Value, null);
                    i = n + 2;
                    continue;
                }
                if (n < t.Count && spaced && IsItem(t[n]) && string.IsNullOrWhiteSpace(text[t[p.Last].End..t[n].Start]))
                {
                    // "3 mugs": number and noun; "3 blue hoodies": the number alone, the noun (first plural within three
                    // words) as unit; "1 lamp": singular after one. No count noun, no quantity ("3 yesterday").
                    int noun = -1;
                    for (int k2 = n; k2 < Math.Min(t.Count, n + 3) && t[k2].Kind == TokenKind.Word; k2++)
                        if (IsPlural(t[k2].Lower) && IsItem(t[k2]) && !IsContraction(text, t[k2])) { noun = k2; break; }
                    if (noun < 0 && p.Value == 1 && !IsContraction(text, t[n])) noun = n;
                    if (noun < 0)
                    {
                        i = p.Last + 1;
                        continue;
                    }
                    int end = noun == n ? t[n].End : t[p.Last].End;
                    Add(result, text, t[i].Start, end, p.Value, t[noun].Lower);
                    i = noun == n ? n + 1 : p.Last + 1;
                    continue;
                }
                i = p.Last + 1;
                continue;
            }
            i++;
        }
        return result;
    }

    /// <summary>
    /// "$20", "US$ 20", "€20", "usd 20": a number written right after a currency symbol or code is an amount of money,
    /// whatever noun follows ("under $20 delivered"), so it is never a quantity.
    /// </summary>
    private static bool IsAmount(string text, IReadOnlyList<Token> t, int first)
    {
        int start = t[first].Start, j = start;
        while (j > 0 && text[j - 1] == ' ') j--;
        if (j == 0) return false;
        for (int len = Math.Min(5, j); len >= 1; len--)
        {
            var before = text.AsSpan(j - len, len).ToString().ToLowerInvariant();
            bool boundary = j - len == 0 || !char.IsLetter(text[j - len - 1]);
            if (CurrencyNames.Symbols.ContainsKey(before) && (boundary || !char.IsLetter(before[0]))) return true;
            if (len >= 3 && boundary && j == start - 1 && CurrencyNames.Codes.ContainsKey(before)) return true;
        }
        return false;
    }

    /// <summary>Digits glued to a letter, digit, '-', '#' or '/' before them belong to a reference ("KX-2231").</summary>
    private static bool IsReference(string text, int start) =>
        start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '#' or '/');

    /// <summary>"hasn" of "hasn't", "don" of "don't": the tokenizer splits at the apostrophe.</summary>
    private static bool IsContraction(string text, Token word) =>
        word.End + 1 < text.Length && text[word.End] is '\'' or '\u2019' && char.IsLetter(text[word.End + 1]);

    private static bool IsPlural(string w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's' && !NotPlurals.Contains(w);

    private static bool IsItem(Token tok) =>
        tok.Kind == TokenKind.Word && tok.Lower.Length >= 3 && !NotItems.Contains(tok.Lower) && !NumberWords.IsCardinalWord(tok.Lower)
        && !NumberWords.Ordinals.ContainsKey(tok.Lower) && !CurrencyNames.Names.ContainsKey(tok.Lower) && !CurrencyNames.Codes.ContainsKey(tok.Lower);

    private static void Add(List<EntityMatch> result, string text, int s, int e, double value, string? unit)
    {
        var res = new Dictionary<string, object?> { ["value"] = NumberFormat.Format(value) };
        if (unit is not null) res["unit"] = unit;
        result.Add(new EntityMatch(text[s..e], s, e - 1, TypeName, res));
    }
}
