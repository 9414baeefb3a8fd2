using System.Globalization;

namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>
/// Splits text into words, digit literals and symbols in one left-to-right pass (linear time). Digit literals
/// understand thousands groups ("1,234,567", "12,34,567", "1 234 567"), decimals (".08", "1.111,11"),
/// exponents ("1e10", "1.1^23") and magnitude suffixes ("10k", "1.2b", "2mil", "1MM").
/// </summary>
internal static class Tokenizer
{
    /// <summary>Digit literals longer than this are kept as one token but given no value (NaN).</summary>
    public const int MaxLiteralDigits = 40;

    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static List<Token>? _lastTokens;

    /// <summary>
    /// Tokens of <paramref name="text"/>. The last result is remembered per thread (by reference), so the recognizers
    /// of one message share one tokenization; callers must not modify the returned list.
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        if (ReferenceEquals(text, _lastText) && _lastTokens is not null) return _lastTokens;
        var tokens = TokenizeCore(text);
        _lastText = text;
        _lastTokens = tokens;
        return tokens;
    }

    /// <summary>Tokens of <paramref name="text"/>, without touching the per-thread cache (for short pieces of a message).</summary>
    public static List<Token> TokenizeUncached(string text) => TokenizeCore(text);

    private static List<Token> TokenizeCore(string text)
    {
        var tokens = new List<Token>(text.Length / 4 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c))
            {
                int s = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                tokens.Add(new Token(TokenKind.Word, s, i, text[s..i].ToLowerInvariant(), double.NaN, ""));
                continue;
            }
            if (IsDigit(c) || (c == '.' && i + 1 < text.Length && IsDigit(text[i + 1]) && (i == 0 || !IsDigit(text[i - 1]))))
            {
                i = ReadLiteral(text, i, tokens);
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                tokens.Add(new Token(TokenKind.Symbol, i, i + 2, text.Substring(i, 2), double.NaN, ""));
                i += 2;
                continue;
            }
            tokens.Add(new Token(TokenKind.Symbol, i, i + 1, c.ToString(), double.NaN, ""));
            i++;
        }
        return tokens;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int DigitRun(string t, int i)
    {
        int j = i;
        while (j < t.Length && IsDigit(t[j])) j++;
        return j - i;
    }

    private static int ReadLiteral(string t, int start, List<Token> tokens)
    {
        int i = start;
        var sb = new System.Text.StringBuilder();
        bool plain = true, hasDecimal = false, power = false;
        int lead = DigitRun(t, i);
        sb.Append(t, i, lead);
        i += lead;
        if (lead > 0)
        {
            // European grouping: 1.111,11
            if (lead <= 3 && i < t.Length && t[i] == '.' && DigitRun(t, i + 1) == 3 && i + 4 < t.Length && t[i + 4] == ',' && DigitRun(t, i + 5) > 0)
            {
                int j = i;
                int dotGroups = 0;
                while (dotGroups++ < 16 && j < t.Length && t[j] == '.' && DigitRun(t, j + 1) == 3) { sb.Append(t, j + 1, 3); j += 4; }
                if (j < t.Length && t[j] == ',' && DigitRun(t, j + 1) > 0)
                {
                    int n = DigitRun(t, j + 1);
                    sb.Append('.').Append(t, j + 1, n);
                    i = j + 1 + n;
                    plain = false;
                    hasDecimal = true;
                }
            }
            else if (i < t.Length && t[i] == ',')
            {
                // collect comma groups, accept 3-digit groups or Indian 2-digit groups closed by a 3-digit one
                var groups = new List<(int At, int Len)>();
                int j = i;
                while (j < t.Length && t[j] == ',' && DigitRun(t, j + 1) > 0 && groups.Count < 16)
                {
                    int n = DigitRun(t, j + 1);
                    groups.Add((j + 1, n));
                    j += 1 + n;
                }
                bool all3 = groups.Count > 0 && groups.TrueForAll(g => g.Len == 3) && lead <= 3;
                bool indian = groups.Count >= 2 && groups[^1].Len == 3 && lead <= 2 && groups.Take(groups.Count - 1).All(g => g.Len == 2);
                if (all3 || indian)
                {
                    foreach (var g in groups) sb.Append(t, g.At, g.Len);
                    i = j;
                    plain = false;
                }
                else if (groups.Count == 1 && lead == 1 && groups[0].Len <= 2 && !(j < t.Length && char.IsLetterOrDigit(t[j])))
                {
                    sb.Append('.').Append(t, groups[0].At, groups[0].Len);
                    i = j;
                    plain = false;
                    hasDecimal = true;
                }
            }
            else if (lead <= 3 && i + 3 < t.Length && (t[i] == ' ' || t[i] == '\u202f' || t[i] == '\u00a0') && DigitRun(t, i + 1) == 3
                     && !(i + 4 < t.Length && (t[i + 4] == '/' || t[i + 4] == ',')))
            {
                int j = i;
                int spaceGroups = 0;
                while (spaceGroups++ < 16 && j + 3 < t.Length && (t[j] == ' ' || t[j] == '\u202f' || t[j] == '\u00a0') && DigitRun(t, j + 1) == 3
                       && !(j + 4 < t.Length && (char.IsLetter(t[j + 4]) || t[j + 4] == '-')))
                {
                    sb.Append(t, j + 1, 3);
                    j += 4;
                }
                if (j > i) { i = j; plain = false; }
            }
        }
        bool afterDot = start > 1 && t[start - 1] == '.' && IsDigit(t[start - 2]);
        if (!hasDecimal && !afterDot && i + 1 < t.Length && t[i] == '.' && IsDigit(t[i + 1])
            && !(i + 1 + DigitRun(t, i + 1) + 1 < t.Length && t[i + 1 + DigitRun(t, i + 1)] == '.' && IsDigit(t[i + 2 + DigitRun(t, i + 1)])))
        {
            int n = DigitRun(t, i + 1);
            sb.Append('.').Append(t, i + 1, n);
            i += 1 + n;
            plain = false;
            hasDecimal = true;
        }
        if (sb.Length > 0 && sb[0] == '.') sb.Insert(0, '0');
        double value = sb.Length - (hasDecimal ? 1 : 0) > MaxLiteralDigits
            ? double.NaN
            : double.Parse(sb.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

        // exponent: e[+-]digits or ^[+-]*digits
        if (i + 1 < t.Length && (t[i] == 'e' || t[i] == 'E'))
        {
            int j = i + 1;
            int sign = 1;
            if (j < t.Length && (t[j] == '+' || t[j] == '-')) { if (t[j] == '-') sign = -1; j++; }
            int n = DigitRun(t, j);
            if (n > 0 && n <= 4 && !(j + n < t.Length && char.IsLetter(t[j + n])))
            {
                value *= Math.Pow(10, sign * int.Parse(t.AsSpan(j, n), CultureInfo.InvariantCulture));
                i = j + n;
                power = true;
            }
        }
        else if (i + 1 < t.Length && t[i] == '^')
        {
            int j = i + 1;
            int sign = 1;
            while (j < t.Length && (t[j] == '+' || t[j] == '-')) { if (t[j] == '-') sign = -sign; j++; }
            int n = DigitRun(t, j);
            if (n > 0 && n <= 4)
            {
                value = Math.Pow(value, sign * int.Parse(t.AsSpan(j, n), CultureInfo.InvariantCulture));
                i = j + n;
                power = true;
            }
        }

        // magnitude suffix
        bool suffix = false;
        if (!power)
        {
            int j = i;
            bool spaced = j < t.Length && t[j] == ' ';
            if (spaced) j++;
            int letters = 0;
            while (j + letters < t.Length && char.IsLetter(t[j + letters])) letters++;
            string word = letters is > 0 and <= 3 ? t.Substring(j, letters) : "";
            double mult = word switch
            {
                "k" or "K" => 1e3,
                "M" when spaced => 1e6,
                "G" or "g" when !spaced || word == "G" => 1e9,
                "b" or "B" when !spaced => 1e9,
                "T" when !spaced => 1e12,
                "mm" or "MM" or "mil" when !spaced => 1e6,
                _ => 0,
            };
            if (mult > 0)
            {
                value *= mult;
                i = j + letters;
                suffix = true;
                plain = false;
            }
        }
        bool letterBefore = start > 0 && char.IsLetter(t[start - 1]);
        bool letterAfter = i < t.Length && char.IsLetter(t[i]);
        string subtype = power ? "power" : hasDecimal && !suffix && value != Math.Floor(value) ? "decimal" : hasDecimal && !suffix ? "decimal" : value == Math.Floor(value) ? "integer" : "decimal";
        tokens.Add(new Token(TokenKind.Digits, start, i, t[start..i], value, subtype)
        {
            LetterBefore = letterBefore,
            LetterAfter = letterAfter,
            Plain = plain && !power,
        });
        return i;
    }
}
