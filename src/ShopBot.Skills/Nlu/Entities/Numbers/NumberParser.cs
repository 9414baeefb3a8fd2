namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>
/// Reads numbers written with digits or words from a token list: cardinals ("one hundred and three",
/// "twenty-one trillion", "4 thousand 3 hundred and 21", "a dozen"), decimals ("two hundred point zero three"),
/// fractions ("3/4", "five eighths", "one and a half", "3 million and a half", "one over three"), negatives
/// ("minus one") and unicode vulgar fractions. Every step moves forward over the tokens, so a scan is linear
/// apart from a bounded look-ahead inside one number.
/// </summary>
internal sealed class NumberParser
{
    private enum Last { None, Unit, Teen, Tens, Digits, Hundred, Scale, Dozen, Zero }

    private readonly string _text;
    private readonly List<Token> _t;

    // TryParseAt per start token, remembered: 0 not tried, 1 no number, 2 a number (in _phrases)
    private byte[]? _tried;
    private NumberPhrase[]? _phrases;

    [ThreadStatic] private static NumberParser? _last;

    public NumberParser(string text, List<Token> tokens)
    {
        _text = text;
        _t = tokens;
    }

    /// <summary>
    /// A parser for <paramref name="text"/> and its <paramref name="tokens"/>, shared per thread with the previous
    /// caller when both are the same instances, so the recognizers of one message read each number once.
    /// </summary>
    public static NumberParser For(string text, List<Token> tokens)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last._text, text) && ReferenceEquals(last._t, tokens)) return last;
        return _last = new NumberParser(text, tokens);
    }

    public IReadOnlyList<Token> Tokens => _t;

    private List<NumberPhrase>? _all;

    /// <summary>All numbers, left to right, not overlapping (computed once per parser; callers must not modify the list).</summary>
    public List<NumberPhrase> FindAll() => _all ??= FindAllCore();

    private List<NumberPhrase> FindAllCore()
    {
        var found = new List<NumberPhrase>();
        int i = 0;
        while (i < _t.Count)
        {
            if (TryParseAt(i, out var p)) { found.Add(p); i = p.Last + 1; }
            else i++;
        }
        return found;
    }

    private bool IsWord(int i, out string w)
    {
        if (i >= 0 && i < _t.Count && _t[i].Kind == TokenKind.Word) { w = _t[i].Lower; return true; }
        w = "";
        return false;
    }

    private bool Word(int i, string w) => i >= 0 && i < _t.Count && _t[i].IsWord(w);

    /// <summary>Whitespace only between tokens a and b (a before b).</summary>
    private bool Spaced(int a, int b)
    {
        for (int k = _t[a].End; k < _t[b].Start; k++)
            if (!char.IsWhiteSpace(_text[k])) return false;
        return true;
    }

    /// <summary>The index of the token connected after <paramref name="i"/> (by spaces, or a hyphen between words), or -1.</summary>
    public int Next(int i)
    {
        int j = i + 1;
        if (j >= _t.Count) return -1;
        if (_t[j].IsSymbol('-') && _t[i].Kind == TokenKind.Word && j + 1 < _t.Count && _t[j + 1].Kind == TokenKind.Word
            && Spaced(i, j) && Spaced(j, j + 1))
            return j + 1;
        return Spaced(i, j) ? j : -1;
    }

    private bool UsableDigits(int i) =>
        i >= 0 && i < _t.Count && _t[i].Kind == TokenKind.Digits && !_t[i].LetterBefore && !_t[i].LetterAfter && !double.IsNaN(_t[i].Value);

    private static readonly HashSet<string> OneBlockers = new(StringComparer.Ordinal)
    {
        "the", "that", "this", "which", "any", "each", "every", "no", "another", "some", "other", "little", "only", "no",
    };

    public bool TryParseAt(int i, out NumberPhrase phrase)
    {
        _tried ??= new byte[_t.Count];
        _phrases ??= new NumberPhrase[_t.Count];
        if (_tried[i] != 0)
        {
            phrase = _phrases[i];
            return _tried[i] == 2;
        }
        bool ok = TryParseAtCore(i, out phrase);
        _tried[i] = ok ? (byte)2 : (byte)1;
        _phrases[i] = phrase;
        return ok;
    }

    private bool TryParseAtCore(int i, out NumberPhrase phrase)
    {
        phrase = default;
        var tok = _t[i];
        // unicode vulgar fractions
        if (tok.Kind == TokenKind.Symbol && VulgarFraction(tok.Lower) is double vf)
        {
            phrase = new NumberPhrase(i, i, vf, "fraction", false);
            return true;
        }
        // sign
        double sign = 1;
        int s = i;
        if (tok.IsWord("negative") || tok.IsWord("minus"))
        {
            int n = Next(i);
            if (n < 0) return false;
            sign = -1;
            s = n;
        }
        else if (tok.IsSymbol('-') && i + 1 < _t.Count && _t[i + 1].Kind == TokenKind.Digits && _t[i + 1].Start == tok.End
                 && (tok.Start == 0 || char.IsWhiteSpace(_text[tok.Start - 1]) || _text[tok.Start - 1] is '(' or '$'))
        {
            sign = -1;
            s = i + 1;
        }
        if (!TryParseUnsigned(s, out var p)) return false;
        if (sign < 0 && p.Value == 0 && p.Subtype != "fraction") { }
        phrase = new NumberPhrase(i, p.Last, sign * p.Value, p.Subtype, p.HasWords || sign < 0 && s != i + 1 && tok.Kind == TokenKind.Word);
        return true;
    }

    private bool TryParseUnsigned(int i, out NumberPhrase phrase)
    {
        phrase = default;
        if (i >= _t.Count) return false;
        var tok = _t[i];
        if (tok.Kind == TokenKind.Digits)
        {
            if (!UsableDigits(i)) return false;
            // digit fraction "3/4", mixed "2  1/4"
            if (TryDigitFraction(i, out var df)) { phrase = df; return true; }
        }
        NumberPhrase best = default;
        bool ok = false;
        if (TryFraction(i, out var fr)) { best = new NumberPhrase(i, fr.Last, fr.Value, fr.Integral ? "integer" : "fraction", true); ok = true; }
        if (TryCompound(i, out var cp) && (!ok || cp.Last > best.Last)) { best = cp; ok = true; }
        if (!ok) return false;
        // standalone "one" after a determiner is a pronoun ("the one you mentioned")
        if (best.First == best.Last && tok.IsWord("one") && i > 0 && IsWord(i - 1, out var prev) && OneBlockers.Contains(prev)) return false;
        phrase = best;
        return true;
    }

    private bool TryDigitFraction(int i, out NumberPhrase phrase)
    {
        phrase = default;
        int a = i;
        double whole = 0;
        // mixed number: integer, spaces, then n/d
        if (i > 0 && (_t[i - 1].IsSymbol('-') || _t[i - 1].IsSymbol('/')) && _t[i - 1].End == _t[i].Start) return false;
        if (_t[i].Plain && i + 3 < _t.Count && _t[i + 1].Kind == TokenKind.Digits && Spaced(i, i + 1) && _t[i + 2].IsSymbol('/')
            && _t[i + 1].End == _t[i + 2].Start && _t[i + 3].Kind == TokenKind.Digits && _t[i + 3].Start == _t[i + 2].End && _t[i + 1].Plain && _t[i + 3].Plain
            && _t[i + 1].Value < _t[i + 3].Value)
        {
            whole = _t[i].Value;
            a = i + 1;
        }
        if (a + 2 < _t.Count && _t[a].Plain && _t[a + 1].IsSymbol('/') && _t[a + 1].Start == _t[a].End && _t[a + 2].Kind == TokenKind.Digits
            && _t[a + 2].Plain && _t[a + 2].Start == _t[a + 1].End && _t[a + 2].Value != 0 && !_t[a + 2].LetterAfter
            && !(a + 3 < _t.Count && (_t[a + 3].IsSymbol('/') && _t[a + 3].Start == _t[a + 2].End)))
        {
            phrase = new NumberPhrase(i, a + 2, whole + _t[a].Value / _t[a + 2].Value, "fraction", false);
            return true;
        }
        return false;
    }

    private static double? VulgarFraction(string s) => s switch
    {
        "½" => 0.5, "⅓" => 1.0 / 3, "⅔" => 2.0 / 3, "¼" => 0.25, "¾" => 0.75, "⅕" => 0.2, "⅖" => 0.4, "⅗" => 0.6, "⅘" => 0.8,
        "⅙" => 1.0 / 6, "⅚" => 5.0 / 6, "⅛" => 0.125, "⅜" => 0.375, "⅝" => 0.625, "⅞" => 0.875, "⅐" => 1.0 / 7, "⅑" => 1.0 / 9, "⅒" => 0.1,
        _ => null,
    };

    /// <summary>A cardinal, then optional "and"-joined fractions, "point" decimals or "over"/"out of"/"in" fractions.</summary>
    private bool TryCompound(int i, out NumberPhrase phrase)
    {
        phrase = default;
        if (!TryCardinal(i, out var c)) return false;
        double value = c.Value;
        int last = c.Last;
        string subtype = c.Subtype;
        bool words = c.HasWords;

        int n = Next(last);
        // "and" + fraction (possibly after "and" + cardinal): one and a half, twenty and three and three fifths
        if (n >= 0 && Word(n, "and"))
        {
            int a1 = Next(n);
            if (a1 >= 0 && TryFraction(a1, out var f))
            {
                double fv = f.Value;
                if (c.TrailingScale >= 1000 && !f.ScaledAfter) fv *= c.TrailingScale;
                phrase = new NumberPhrase(i, f.Last, value + fv, "fraction", true);
                return true;
            }
            if (a1 >= 0 && c.Last == i && TryCardinal(a1, out var c2) && c2.Value < 10)
            {
                int n2 = Next(c2.Last);
                if (n2 >= 0 && Word(n2, "and") && Next(n2) is int a2 && a2 >= 0 && TryFraction(a2, out var f2))
                {
                    phrase = new NumberPhrase(i, f2.Last, value + c2.Value + f2.Value, "fraction", true);
                    return true;
                }
            }
        }
        if (n >= 0 && Word(n, "point") && words)
        {
            var digits = new System.Text.StringBuilder();
            int j = Next(n), lastDigit = -1;
            while (j >= 0 && IsWord(j, out var w))
            {
                if (NumberWords.Units.TryGetValue(w, out var u)) digits.Append(u);
                else if (NumberWords.Tens.TryGetValue(w, out var tv))
                {
                    int k = Next(j);
                    if (k >= 0 && IsWord(k, out var w2) && NumberWords.Units.TryGetValue(w2, out var u2) && u2 > 0) { digits.Append(tv + u2); j = k; }
                    else digits.Append(tv);
                }
                else if (NumberWords.Teens.TryGetValue(w, out var te)) digits.Append(te);
                else break;
                lastDigit = j;
                j = Next(j);
            }
            if (lastDigit >= 0)
            {
                phrase = new NumberPhrase(i, lastDigit, value + double.Parse("0." + digits, System.Globalization.CultureInfo.InvariantCulture), "decimal", true);
                return true;
            }
        }
        if (n >= 0 && (Word(n, "over") || Word(n, "in") || (Word(n, "out") && Next(n) is int of && of >= 0 && Word(of, "of"))))
        {
            bool strict = !Word(n, "over");
            int d = Word(n, "out") ? Next(Next(n)) : Next(n);
            if (d >= 0 && TryCardinal(d, out var den) && den.Value != 0 && (words || den.HasWords || !strict) && (!strict || value < den.Value)
                && subtype == "integer" && den.Subtype == "integer")
            {
                phrase = new NumberPhrase(i, den.Last, value / den.Value, "fraction", words || den.HasWords);
                return true;
            }
        }
        phrase = new NumberPhrase(i, last, value, subtype, words);
        return true;
    }

    private readonly record struct Cardinal(int Last, double Value, string Subtype, bool HasWords, double TrailingScale);

    private readonly record struct Fraction(int Last, double Value, bool ScaledAfter)
    {
        public bool Integral { get; init; }
    }

    /// <summary>A spelled or digit cardinal, longest valid reading.</summary>
    private bool TryCardinal(int i, out Cardinal result, int limit = int.MaxValue)
    {
        result = default;
        double total = 0, current = 0, atom = 0, lastMult = double.PositiveInfinity, minScale = double.PositiveInfinity, lastScale = 0;
        var last = Last.None;
        bool hundredInSegment = false, words = false, andPending = false;
        string subtype = "integer";
        bool ok = false;
        int j = i, prevIdx = -1;
        while (j >= 0 && j < _t.Count && j <= limit)
        {
            var tk = _t[j];
            bool accepted = false;
            if (andPending && JoinBlocked(j, lastMult)) break;
            if (tk.Kind == TokenKind.Word)
            {
                var w = tk.Lower;
                bool afterJoin = last is Last.None or Last.Hundred or Last.Scale || andPending;
                if ((w == "a" || w == "an") && last == Last.None)
                {
                    int nx = Next(j);
                    if (nx >= 0 && nx <= limit && IsWord(nx, out var w2) && (w2 == "hundred" || NumberWords.Scales.ContainsKey(w2) || NumberWords.Dozens.Contains(w2)))
                    {
                        current = 1; atom = 1; last = Last.Unit; words = true;
                        prevIdx = j; j = nx;
                        continue;
                    }
                    break;
                }
                if (w == "and" && !andPending && last is Last.Hundred or Last.Scale)
                {
                    int nx = Next(j);
                    if (nx < 0 || nx > limit) break;
                    andPending = true;
                    j = nx;
                    continue;
                }
                if (NumberWords.Units.TryGetValue(w, out var u))
                {
                    if (u == 0) { if (last != Last.None) break; current = 0; last = Last.Zero; accepted = true; }
                    else if (afterJoin && u < lastMult) { current += u; atom = u; last = Last.Unit; accepted = true; }
                    else if (last == Last.Tens && !andPending) { current += u; atom += u; last = Last.Unit; accepted = true; }
                }
                else if (NumberWords.Teens.TryGetValue(w, out var te))
                {
                    if (afterJoin && te < lastMult) { current += te; atom = te; last = Last.Teen; accepted = true; }
                }
                else if (NumberWords.Tens.TryGetValue(w, out var tv))
                {
                    if (afterJoin && tv < lastMult) { current += tv; atom = tv; last = Last.Tens; accepted = true; }
                }
                else if (w == "hundred")
                {
                    if (last is Last.Unit or Last.Teen or Last.Tens or Last.Digits && !hundredInSegment && !andPending)
                    {
                        current *= 100; atom = current; hundredInSegment = true; lastMult = 100; last = Last.Hundred; accepted = true;
                    }
                }
                else if (NumberWords.Scales.TryGetValue(w, out var sc))
                {
                    if (last is Last.Unit or Last.Teen or Last.Tens or Last.Digits or Last.Hundred && current > 0 && sc < minScale && !andPending)
                    {
                        total += current * sc; current = 0; atom = 0; hundredInSegment = false; lastMult = sc; minScale = sc; lastScale = sc;
                        last = Last.Scale; accepted = true;
                    }
                    else if (last == Last.Scale && sc > lastScale && !andPending)
                    {
                        total *= sc; lastMult = sc; minScale = sc; lastScale = sc; accepted = true;
                    }
                }
                else if (NumberWords.Dozens.Contains(w))
                {
                    if (last is Last.Unit or Last.Teen or Last.Tens or Last.Digits && !andPending || last == Last.Unit)
                    {
                        current = current - atom + atom * 12; last = Last.Dozen; accepted = true;
                    }
                }
                if (accepted) words = true;
            }
            else if (tk.Kind == TokenKind.Digits && UsableDigits(j))
            {
                if (last == Last.None)
                {
                    current = tk.Value; atom = tk.Value; subtype = tk.Subtype; last = Last.Digits; accepted = true;
                    if (tk.Subtype == "power") { result = new Cardinal(j, tk.Value, "power", false, 0); return true; }
                }
                else if ((last is Last.Hundred or Last.Scale || andPending) && tk.Plain && tk.Value > 0 && tk.Value < lastMult)
                {
                    current += tk.Value; atom = tk.Value; last = Last.Digits; accepted = true;
                }
            }
            if (!accepted) break;
            andPending = false;
            ok = true;
            result = new Cardinal(j, total + current, subtype == "integer" && total + current != Math.Floor(total + current) ? "decimal" : subtype, words,
                last == Last.Scale ? lastScale : 0);
            if (last == Last.Zero || last == Last.Dozen) break;
            prevIdx = j;
            j = Next(j);
        }
        if (ok && (result.Subtype == "decimal") && words && result.Value == Math.Floor(result.Value)) result = result with { Subtype = "integer" };
        return ok;
    }

    /// <summary>After "and", a value that itself grows into a hundred, a scale or a fraction is a separate number.</summary>
    private bool JoinBlocked(int j, double lastMult)
    {
        int n = Next(j);
        if (n >= 0 && NumberWords.Tens.ContainsKey(_t[j].Lower) && IsWord(n, out var u) && NumberWords.Units.ContainsKey(u)) n = Next(n);
        if (n < 0 || !IsWord(n, out var w)) return false;
        if (w == "hundred") return lastMult <= 100;
        if (NumberWords.Scales.TryGetValue(w, out var sc)) return sc >= lastMult;
        return NumberWords.TryDenominator(w, out _, out _) && w is not ("second" or "seconds" or "first");
    }

    /// <summary>Fractions spelled with ordinals: "five eighths", "a half", "one hundred thirty fifths", "half million".</summary>
    private bool TryFraction(int i, out Fraction result)
    {
        result = default;
        // most words start no fraction: decide that before collecting anything
        if (!IsWord(i, out var first) || !(NumberWords.TryDenominator(first, out _, out _) || NumberWords.IsCardinalWord(first) || first is "a" or "an")) return false;
        // collect a run of connected words
        var run = new List<int>(8);
        int j = i;
        int denomAt = -1;
        while (j >= 0 && IsWord(j, out var w) && run.Count < 24)
        {
            bool isDen = NumberWords.TryDenominator(w, out _, out _);
            if (isDen && w is not ("second" or "seconds" or "first"))
            {
                run.Add(j);
                denomAt = run.Count - 1;
                break;
            }
            if (!(NumberWords.IsCardinalWord(w) || (run.Count == 0 && w is "a" or "an"))) return false;
            run.Add(j);
            j = Next(j);
        }
        if (denomAt < 0) return false;
        int k = run[denomAt];
        NumberWords.TryDenominator(_t[k].Lower, out var ordValue, out var plural);

        if (denomAt == 0)
        {
            // "half million", "quarter million", "half a dozen"
            if (_t[k].Lower is not ("half" or "quarter")) return false;
            int nx = Next(k);
            if (nx >= 0 && IsWord(nx, out var sw) && NumberWords.Scales.TryGetValue(sw, out var sc))
            {
                result = new Fraction(nx, sc / ordValue, true);
                return true;
            }
            if (nx >= 0 && (Word(nx, "a") || Word(nx, "an")) && Next(nx) is int dz && dz >= 0 && IsWord(dz, out var dw) && NumberWords.Dozens.Contains(dw))
            {
                result = new Fraction(dz, 12 / ordValue, true) { Integral = true };
                return true;
            }
            return false;
        }

        int q = denomAt;
        if (denomAt >= 2 && NumberWords.Tens.ContainsKey(_t[run[denomAt - 1]].Lower) && ordValue < 10) q = denomAt - 1;
        for (; q >= 1; q--)
        {
            if (!TryExactCardinal(run, 0, q - 1, out var num)) continue;
            double den;
            if (q == denomAt) den = ordValue;
            else
            {
                if (!TryExactCardinal(run, q, denomAt - 1, out var prefix)) continue;
                den = NumberWords.IsScaleOrdinal(ordValue) ? prefix * ordValue : prefix + ordValue;
                if (!NumberWords.IsScaleOrdinal(ordValue) && prefix % 10 != 0 && prefix % 100 < 10 && prefix < 100) continue;
            }
            if (!plural && num != 1) return false;
            if (plural && q == denomAt && _t[k].Lower == "firsts") return false;
            if (den == 0) return false;
            double v = num / den;
            int last = k;
            bool scaled = false;
            int nx = Next(k);
            if (nx >= 0 && IsWord(nx, out var sw) && NumberWords.Scales.TryGetValue(sw, out var sc)) { v *= sc; last = nx; scaled = true; }
            result = new Fraction(last, v, scaled);
            return true;
        }
        return false;
    }

    /// <summary>Parses tokens a..b as one cardinal that uses every token.</summary>
    public bool TryExactCardinal(int a, int b, out double value)
    {
        value = 0;
        if (a < 0 || b < a) return false;
        if (a == b && (Word(a, "a") || Word(a, "an"))) { value = 1; return true; }
        if (!TryCardinal(a, out var c, b) || c.Last != b) return false;
        value = c.Value;
        return true;
    }

    /// <summary>Parses run[a..b] as one cardinal that uses every token ("a"/"an" alone count as one).</summary>
    private bool TryExactCardinal(List<int> run, int a, int b, out double value)
    {
        value = 0;
        if (a > b) return false;
        if (a == b && (Word(run[a], "a") || Word(run[a], "an"))) { value = 1; return true; }
        if (!TryCardinal(run[a], out var c, run[b]) || c.Last != run[b]) return false;
        value = c.Value;
        return true;
    }
}
