using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>
/// Amounts of money: a symbol or code before the amount ("$ 14 million", "EUR 125", "hk $ 10.05 billion",
/// "USD115"), a name or code after it ("5 dollars", "25 bucks", "420 million finnish markka", "115USD",
/// "75 USD million"), minor units ("50 cents") and major+minor pairs ("3 dollars 50 cents", "15 dollars 50").
/// Type <c>currency</c>, resolution <c>{value, unit, isoCurrency?}</c>; a lone "dollar(s)" has value null.
/// </summary>
public sealed class CurrencyRecognizer : IEntityRecognizer
{
    public const string TypeName = "currency";

    private static readonly HashSet<string> KeyPrefixes = BuildPrefixes();

    private static HashSet<string> BuildPrefixes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var keys = CurrencyNames.Symbols.Keys.Concat(CurrencyNames.Codes.Keys).Concat(CurrencyNames.Names.Keys)
            .Concat(CurrencyNames.PrefixOnlyNames.Keys).Concat(CurrencyNames.UpperOnlyCodes.Keys.Select(k => k.ToLowerInvariant()))
            .Concat(CurrencyNames.Codes.Keys.Select(k => "m" + k));
        foreach (var k in keys)
            for (int n = 1; n <= k.Length; n++) set.Add(k[..n]);
        return set;
    }

    private readonly record struct UnitMatch(int Last, CurrencyUnit Unit, double Multiplier, bool Symbol);

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
            // prefix: symbol / code / prefix-only name, then the amount
            if (MatchUnit(text, t, i, prefix: true) is { } pu)
            {
                int n = pu.Last + 1;
                if (n < t.Count && GapOk(text, t, pu.Last, n, allowHyphen: false) && Amount(parser, t, n, attachedOk: true) is { } amt
                    && !(t[n].Kind == TokenKind.Digits && t[n].LetterAfter && MatchUnit(text, t, n + 1, prefix: false) is null && !IsAttachedLetters(t, n)))
                {
                    double value = amt.Value * pu.Multiplier;
                    int last = amt.Last;
                    Add(result, text, t[i].Start, t[last].End, value, pu.Unit);
                    i = last + 1;
                    continue;
                }
            }
            // amount then unit
            if (Amount(parser, t, i, attachedOk: true) is { } a)
            {
                int n = a.Last + 1;
                if (n < t.Count && GapOk(text, t, a.Last, n, allowHyphen: true) && MatchUnit(text, t, n, prefix: false) is { } su
                    && !(su.Last + 1 < t.Count && t[su.Last + 1].Kind == TokenKind.Digits && t[su.Last + 1].Start == t[su.Last].End))
                {
                    double value = a.Value;
                    int last = su.Last;
                    var unit = su.Unit;
                    // "75 USD million"
                    if (last + 1 < t.Count && GapOk(text, t, last, last + 1, false) && t[last + 1].Kind == TokenKind.Word
                        && NumberWords.Scales.TryGetValue(t[last + 1].Lower, out var sc) && !su.Symbol)
                    {
                        value *= sc;
                        last++;
                    }
                    if (!su.Symbol && !unit.IsMinor && value == Math.Floor(value))
                        (value, last, unit) = MinorPart(text, t, parser, last, value, unit);
                    else if (unit.IsMinor)
                    {
                        value = a.Value;
                    }
                    Add(result, text, t[i].Start, t[last].End, value, unit);
                    i = last + 1;
                    continue;
                }
                i = a.Last + 1;
                continue;
            }
            if (t[i].Kind == TokenKind.Word && t[i].Lower is "dollar" or "dollars")
            {
                result.Add(new EntityMatch(text[t[i].Start..t[i].End], t[i].Start, t[i].End - 1, TypeName,
                    new Dictionary<string, object?> { ["value"] = null, ["unit"] = "Dollar" }));
            }
            i++;
        }
        return result;
    }

    private static bool IsAttachedLetters(List<Token> t, int n) => n + 1 < t.Count && t[n + 1].Start == t[n].End;

    /// <summary>"3 dollars 50 cents", "15 dollars 50", "one dollar and two", "one kuai and five mao five".</summary>
    private static (double Value, int Last, CurrencyUnit Unit) MinorPart(string text, List<Token> t, NumberParser parser, int last, double value, CurrencyUnit unit)
    {
        int n = last + 1;
        if (n >= t.Count || !GapOk(text, t, last, n, false)) return (value, last, unit);
        int k = n;
        if (t[k].IsWord("and")) { k++; if (k >= t.Count || !GapOk(text, t, n, k, false)) return (value, last, unit); }
        if (!parser.TryParseAt(k, out var q) || q.Value <= 0 || q.Value >= 100 || q.Value != Math.Floor(q.Value)) return (value, last, unit);
        int m = q.Last + 1;
        if (m < t.Count && GapOk(text, t, q.Last, m, false) && MatchUnit(text, t, m, prefix: false) is { } mu)
        {
            if (!mu.Unit.IsMinor) return (value, last, unit);
            double v = value + q.Value * mu.Unit.Fraction;
            int l = mu.Last;
            // "five mao five": a trailing bare digit is the next smaller unit
            if (mu.Unit.Fraction >= 0.1 && l + 1 < t.Count && GapOk(text, t, l, l + 1, false) && parser.TryParseAt(l + 1, out var r) && r.Value is > 0 and < 10
                && (r.Last + 1 >= t.Count || MatchUnit(text, t, r.Last + 1, false) is null))
            {
                v += r.Value * mu.Unit.Fraction / 10;
                l = r.Last;
            }
            return (v, l, unit);
        }
        if (m < t.Count && GapOk(text, t, q.Last, m, false) && (t[m].Kind == TokenKind.Digits || (t[m].Kind == TokenKind.Word && NumberWords.IsCardinalWord(t[m].Lower))))
            return (value, last, unit);
        return (value + q.Value / 100, q.Last, unit);
    }

    private readonly record struct AmountMatch(int Last, double Value);

    private static AmountMatch? Amount(NumberParser parser, List<Token> t, int i, bool attachedOk)
    {
        if (parser.TryParseAt(i, out var p) && !double.IsNaN(p.Value)) return new AmountMatch(p.Last, p.Value);
        if (attachedOk && t[i].Kind == TokenKind.Digits && !double.IsNaN(t[i].Value) && (t[i].LetterBefore || t[i].LetterAfter))
            return new AmountMatch(i, t[i].Value);
        return null;
    }

    private static bool GapOk(string text, List<Token> t, int a, int b, bool allowHyphen)
    {
        if (b >= t.Count) return false;
        for (int k = t[a].End; k < t[b].Start; k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        if (allowHyphen && t[b].IsSymbol('-') && b + 1 < t.Count && t[b].Start == t[a].End && t[b + 1].Start == t[b].End && t[b + 1].Kind == TokenKind.Word)
            return true;
        return true;
    }

    private static UnitMatch? MatchUnit(string text, List<Token> t, int i, bool prefix)
    {
        if (i >= t.Count) return null;
        if (t[i].IsSymbol('-') && !prefix && i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && t[i + 1].Start == t[i].End)
        {
            var after = MatchUnit(text, t, i + 1, false);
            return after is { Symbol: false } ? after : null;
        }
        UnitMatch? best = null;
        string s = "";
        for (int k = i; k < t.Count && k < i + 5; k++)
        {
            if (k > i)
            {
                for (int c = t[k - 1].End; c < t[k].Start; c++)
                    if (!char.IsWhiteSpace(text[c])) return best;
            }
            if (t[k].Kind == TokenKind.Digits) break;
            // the key grows token by token; most tokens are no prefix of any unit, so the first look-up ends it unallocated
            s = k == i ? t[k].Lower : s + t[k].Lower;
            if (s.Length > 24) break;
            if (!KeyPrefixes.Contains(s)) break;
            if (s.Length == 2 && s[1] == '$' && s[0] != 'c' && t[k].Start != t[i].End) break;
            if (CurrencyNames.Symbols.TryGetValue(s, out var u)) best = new UnitMatch(k, u, 1, true);
            else if (CurrencyNames.Codes.TryGetValue(s, out u)) best = new UnitMatch(k, u, 1, false);
            else if (CurrencyNames.UpperOnlyCodes.TryGetValue(text[t[i].Start..t[k].End], out u)) best = new UnitMatch(k, u, 1, false);
            else if (!prefix && CurrencyNames.Names.TryGetValue(s, out u)) best = new UnitMatch(k, u, 1, false);
            else if (prefix && CurrencyNames.PrefixOnlyNames.TryGetValue(s, out u)) best = new UnitMatch(k, u, 1, false);
            else if (prefix && k == i && s.Length == 4 && s[0] == 'm' && text[t[i].Start..t[i].End] is var raw && raw.ToUpperInvariant() == raw
                     && CurrencyNames.Codes.TryGetValue(s[1..], out u))
                best = new UnitMatch(k, u, 1e6, false);
        }
        return best;
    }

    private static void Add(List<EntityMatch> result, string text, int s, int e, double value, CurrencyUnit unit)
    {
        var res = new Dictionary<string, object?>
        {
            ["value"] = NumberFormat.Format(value),
            ["unit"] = unit.Unit,
        };
        if (unit.Iso is not null) res["isoCurrency"] = unit.Iso;
        result.Add(new EntityMatch(text[s..e], s, e - 1, TypeName, res));
    }
}
