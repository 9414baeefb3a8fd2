namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>
/// Phone numbers: a run of digit groups joined by single spaces, hyphens, dots or slashes, with an optional
/// leading "+" or "00" country prefix, bracketed area codes ("(0131)", "(+45)", "+44 (0)") and an "x" extension.
/// It must hold 7 to 15 digits (6 when it starts with 0), must not touch letters or other digits, and is dropped
/// when it reads as a date, a formula, a negative number or an account/card/SSN number. Type <c>phonenumber</c>,
/// resolution <c>{value, score}</c>; the score (0..1) grows with the formatting evidence.
/// </summary>
public sealed class PhoneNumberRecognizer : IEntityRecognizer
{
    public const string TypeName = "phonenumber";

    private static readonly string[] BlockingContext = ["account", "card", "acct", "iban", "ssn", "invoice", "order", "no.", "number:"];

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<EntityMatch>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!(char.IsAsciiDigit(c) || c == '+' || c == '('))
            {
                i++;
                continue;
            }
            if (i > 0 && ((char.IsLetterOrDigit(text[i - 1]) && !(c is '+' or '(' && char.IsLetter(text[i - 1]))) || text[i - 1] is '-' or '*' or '/' or '.' or ')' or '+' or '_' or '#'))
            {
                i = SkipToken(text, i);
                continue;
            }
            int end = Scan(text, i, out int digits, out int groups, out bool hasPlus, out bool brackets);
            if (end <= i)
            {
                i++;
                continue;
            }
            var span = text.AsSpan(i, end - i);
            if (Accept(text, i, end, span, digits, groups, hasPlus, brackets, out double score))
            {
                result.Add(new EntityMatch(span.ToString(), i, end - 1, TypeName, new Dictionary<string, object?>
                {
                    ["value"] = span.ToString().ToLowerInvariant(),
                    ["score"] = score.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
                }));
                i = end;
            }
            else i = SkipToken(text, i);
        }
        return result;
    }

    private static int SkipToken(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && !char.IsWhiteSpace(text[j])) j++;
        return j;
    }

    /// <summary>Reads the longest run of phone characters, ending on a digit (or closing an extension).</summary>
    private static int Scan(string text, int i, out int digits, out int groups, out bool hasPlus, out bool brackets)
    {
        digits = 0;
        groups = 0;
        hasPlus = false;
        brackets = false;
        int depth = 0, lastGood = i, j = i;
        bool inDigits = false;
        while (j < text.Length)
        {
            char c = text[j];
            if (char.IsAsciiDigit(c))
            {
                if (!inDigits) groups++;
                inDigits = true;
                digits++;
                if (depth == 0) lastGood = j + 1;
                j++;
                continue;
            }
            inDigits = false;
            if (c == '+' && (j == i || text[j - 1] is '(' or ' ') && !hasPlus) { hasPlus = true; j++; continue; }
            if (c == '(') { if (depth > 0) break; depth++; brackets = true; j++; continue; }
            if (c == ')') { if (depth == 0) break; depth--; j++; if (j < text.Length && char.IsAsciiDigit(text[j]) == false && text[j] != ' ' && text[j] != '-') break; continue; }
            if (c is ' ' or '-' or '.' or '/')
            {
                // a separator, optionally with a space after "/" or around "x"
                if (j + 1 < text.Length && (char.IsAsciiDigit(text[j + 1]) || text[j + 1] == '(' || (c is '/' or '-' && text[j + 1] == ' ' && j + 2 < text.Length && char.IsAsciiDigit(text[j + 2]))))
                {
                    j += c is '/' or '-' && text[j + 1] == ' ' ? 2 : 1;
                    continue;
                }
                if (c == ' ' && j + 2 < text.Length && text[j + 1] is 'x' or 'X' && text[j + 2] == ' ' && digits >= 7) { j += 3; continue; }
                break;
            }
            if (c is 'x' or 'X' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]) && digits >= 7) { j++; continue; }
            if (c == 'e' && j + 3 < text.Length && text[j + 1] == 'x' && text[j + 2] == 't' && char.IsAsciiDigit(text[j + 3]) && digits >= 7) { j += 3; continue; }
            break;
        }
        if (depth != 0)
        {
            // unbalanced: give up on the part before the open bracket
            return -1;
        }
        return lastGood;
    }

    private static bool Accept(string text, int s, int e, ReadOnlySpan<char> span, int digits, int groups, bool hasPlus, bool brackets, out double score)
    {
        score = 0;
        if (e < text.Length && (char.IsLetter(text[e]) || text[e] is '%' or '*' or '_' || (text[e] is '-' or '/' && e + 1 < text.Length && char.IsAsciiDigit(text[e + 1]))))
            return false;
        bool leadingZero = span[0] == '0' || (span[0] == '(' && span.Length > 1 && span[1] == '0');
        int min = leadingZero ? 6 : 7;
        if (digits < min || digits > 16) return false;
        if (span.Contains('/') && !hasPlus && groups == 2 && IsDateLike(span)) return false;
        if (CountChar(span, '/') >= 2 && !(digits >= 8 && groups == 3 && span[0] != '0' && !IsDayMonthYear(span))) return false;
        if (groups == 3 && IsDayMonthYear(span)) return false;
        if (CountChar(span, '.') >= 1 && groups < 3) return false;
        // SSN 3-2-4
        if (!hasPlus && groups == 3 && IsSsn(span)) return false;
        // credit card: four groups of 4 (or 4-6-5)
        if (digits >= 15 && !hasPlus && !leadingZero && groups >= 3 && span.IndexOf(' ') > 0 && span[..span.IndexOf(' ')].Length == 4) return false;
        var before = text.AsSpan(Math.Max(0, s - 20), s - Math.Max(0, s - 20)).ToString().ToLowerInvariant();
        foreach (var w in BlockingContext)
            if (before.Contains(w, StringComparison.Ordinal) && !before.Contains("phone", StringComparison.Ordinal)) return false;
        // a bare digit run is weak evidence, a formatted number strong
        if (hasPlus || brackets) score = 1;
        else if (groups >= 3) score = 0.9;
        else if (groups == 2) score = 0.7;
        else score = digits >= 10 ? 0.6 : 0.4;
        return true;
    }

    private static bool IsDayMonthYear(ReadOnlySpan<char> span)
    {
        var parts = span.ToString().Split('-', '/', '.');
        return parts.Length == 3 && parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length == 4;
    }

    private static bool IsSsn(ReadOnlySpan<char> span)
    {
        var parts = span.ToString().Split('-');
        return parts.Length == 3 && parts[0].Length == 3 && parts[1].Length == 2 && parts[2].Length == 4;
    }

    private static bool IsDateLike(ReadOnlySpan<char> span)
    {
        var parts = span.ToString().Split('/');
        return parts.Length == 2 && parts[0].Trim().Length == 4 && parts[1].Trim().Length == 4;
    }

    private static int CountChar(ReadOnlySpan<char> s, char c)
    {
        int n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }
}
