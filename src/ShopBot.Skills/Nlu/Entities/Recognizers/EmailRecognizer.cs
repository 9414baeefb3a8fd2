namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>
/// E-mail addresses: a local part of letters, digits and <c>._%+-</c> (no leading, trailing or doubled dot), "@",
/// then dot-separated host labels of letters, digits and hyphens ending in a top-level domain of two or more letters.
/// Type <c>email</c>, resolution <c>{value}</c> (lower-cased as in the specs). Scans once around each "@".
/// </summary>
public sealed class EmailRecognizer : IEntityRecognizer
{
    public const string TypeName = "email";

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<EntityMatch>();
        int searchFrom = 0;
        while (true)
        {
            int at = text.IndexOf('@', searchFrom);
            if (at < 0) break;
            searchFrom = at + 1;
            int s = at;
            while (s > 0 && IsLocal(text[s - 1])) s--;
            if (s == at) continue;
            if (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '@')) continue;
            var local = text.AsSpan(s, at - s);
            if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)) continue;
            // host labels
            int e = at + 1, lastDot = -1;
            while (e < text.Length && (char.IsAsciiLetterOrDigit(text[e]) || text[e] == '-' || (text[e] == '.' && e + 1 < text.Length && char.IsAsciiLetterOrDigit(text[e + 1]))))
            {
                if (text[e] == '.') lastDot = e;
                e++;
            }
            if (lastDot < 0) continue;
            if (e < text.Length && (text[e] == '_' || text[e] == '@')) continue;
            var tld = text.AsSpan(lastDot + 1, e - lastDot - 1);
            if (tld.Length < 2 || !IsAllLetters(tld)) continue;
            var host = text.AsSpan(at + 1, e - at - 1);
            if (host.Contains("..", StringComparison.Ordinal) || host[0] == '-' || host[0] == '.') continue;
            var value = text[s..e].ToLowerInvariant();
            result.Add(new EntityMatch(text[s..e], s, e - 1, TypeName, new Dictionary<string, object?> { ["value"] = value }));
            searchFrom = e;
        }
        return result;
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsAllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiLetter(c)) return false;
        return true;
    }
}
