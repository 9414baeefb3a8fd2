using System.Globalization;
using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>
/// Ordinals: "2nd", "twenty-first", "one hundred twenty fifth" (type <c>ordinal</c>, relativeTo <c>start</c>) and
/// relative ones: "next", "previous", "current", "last", "the second to last", "the one before the last"
/// (type <c>ordinal.relative</c>, relativeTo <c>current</c> or <c>end</c>). Resolution <c>{offset, relativeTo, value}</c>.
/// </summary>
public sealed class OrdinalRecognizer : IEntityRecognizer
{
    public const string TypeName = "ordinal";
    public const string RelativeTypeName = "ordinal.relative";

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var parser = NumberParser.For(text, tokens);
        var result = new List<EntityMatch>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (TryRelative(tokens, parser, i, out int last, out string relTo, out int offset))
            {
                Add(result, text, tokens[i].Start, tokens[last].End, RelativeTypeName, offset, relTo);
                i = last + 1;
                continue;
            }
            if (TryNumeric(tokens, i, out last, out double v) || TryWords(tokens, parser, i, out last, out v))
            {
                Add(result, text, tokens[i].Start, tokens[last].End, TypeName, v, "start");
                i = last + 1;
                continue;
            }
            i++;
        }
        return result;
    }

    internal static bool TryNumeric(List<Token> t, int i, out int last, out double v)
    {
        last = i;
        v = 0;
        if (t[i].Kind != TokenKind.Digits || !t[i].Plain || t[i].LetterBefore || i + 1 >= t.Count) return false;
        var s = t[i + 1];
        if (s.Kind != TokenKind.Word || s.Start != t[i].End || s.Lower is not ("st" or "nd" or "rd" or "th")) return false;
        v = t[i].Value;
        long n = (long)v;
        string expect = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        if (s.Lower != expect && !(s.Lower == "th")) return false;
        last = i + 1;
        return true;
    }

    /// <summary>A spelled ordinal starting at token i: optional cardinal prefix, then an ordinal word.</summary>
    internal static bool TryWords(List<Token> t, NumberParser parser, int i, out int last, out double v)
    {
        last = i;
        v = 0;
        int j = i;
        var run = new List<int>();
        while (j >= 0 && j < t.Count && t[j].Kind == TokenKind.Word && run.Count < 16)
        {
            var w = t[j].Lower;
            run.Add(j);
            if (NumberWords.Ordinals.TryGetValue(w, out var ord))
            {
                if (run.Count == 1) { v = ord; last = j; return true; }
                // prefix must read as a cardinal: "twenty" first, "one hundred twenty" fifth, "three" trillionth
                if (parser.TryExactCardinal(run[0], run[^2], out var prefix))
                {
                    if (NumberWords.IsScaleOrdinal(ord)) { v = prefix * ord; last = j; return true; }
                    if (prefix % 10 == 0 && (prefix % 100 == 0 || ord < 10 || prefix % 100 == 0)) { v = prefix + ord; last = j; return true; }
                }
                return false;
            }
            if (!NumberWords.IsCardinalWord(w) && w != "and") return false;
            j = parser.Next(j);
        }
        return false;
    }

    private static readonly Dictionary<string, int> ToLast = new(StringComparer.Ordinal)
    {
        ["second"] = -1, ["third"] = -2, ["fourth"] = -3, ["fifth"] = -4, ["next"] = -1,
    };

    private static bool TryRelative(List<Token> t, NumberParser parser, int i, out int last, out string relTo, out int offset)
    {
        last = i;
        relTo = "";
        offset = 0;
        var w = t[i].Kind == TokenKind.Word ? t[i].Lower : "";
        int n1 = parser.Next(i);
        string W(int k) => k >= 0 && k < t.Count && t[k].Kind == TokenKind.Word ? t[k].Lower : "";
        if (w == "the")
        {
            // the last but one; the one before the last [one]; the second to last
            if (W(n1) == "last" && W(parser.Next(n1)) == "but" && W(parser.Next(parser.Next(n1))) == "one")
            { last = parser.Next(parser.Next(n1)); relTo = "end"; offset = -1; return true; }
            if (W(n1) == "one" && W(parser.Next(n1)) == "before" && W(parser.Next(parser.Next(n1))) == "the" && W(parser.Next(parser.Next(parser.Next(n1)))) == "last")
            {
                last = parser.Next(parser.Next(parser.Next(n1)));
                if (W(parser.Next(last)) == "one") last = parser.Next(last);
                relTo = "end"; offset = -1; return true;
            }
            if (ToLast.TryGetValue(W(n1), out var o) && W(n1) != "next" && W(parser.Next(n1)) == "to" && W(parser.Next(parser.Next(n1))) == "last")
            { last = parser.Next(parser.Next(n1)); relTo = "end"; offset = o; return true; }
            return false;
        }
        if (ToLast.TryGetValue(w, out var off) && W(n1) == "to" && W(parser.Next(n1)) == "last")
        { last = parser.Next(n1); relTo = "end"; offset = off; return true; }
        switch (w)
        {
            case "last" when W(n1) == "but" && W(parser.Next(n1)) == "one": last = parser.Next(n1); relTo = "end"; offset = -1; return true;
            case "last": relTo = "end"; offset = 0; return true;
            case "penultimate": relTo = "end"; offset = -1; return true;
            case "antepenultimate": relTo = "end"; offset = -2; return true;
            case "next": relTo = "current"; offset = 1; return true;
            case "previous": relTo = "current"; offset = -1; return true;
            case "current": relTo = "current"; offset = 0; return true;
        }
        return false;
    }

    private static void Add(List<EntityMatch> result, string text, int s, int e, string type, double offset, string relTo)
    {
        string off = NumberFormat.Format(offset);
        string value = relTo == "start" ? off : relTo + (offset >= 0 ? "+" : "") + off;
        result.Add(new EntityMatch(text[s..e], s, e - 1, type, new Dictionary<string, object?>
        {
            ["offset"] = off,
            ["relativeTo"] = relTo,
            ["value"] = value,
        }));
    }

    internal static string Invariant(double v) => v.ToString(CultureInfo.InvariantCulture);
}
