using System.Text.RegularExpressions;

namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// Order numbers (type <c>order_id</c>, resolution <c>{value}</c>): by default a standalone 6-digit number, or a
/// 5 to 15 digit string (optionally after "#") within three words after order/purchase/invoice/"#"; or whatever
/// <see cref="EntityOptions.OrderNumberPattern"/> matches.
/// </summary>
public sealed class OrderNumberRecognizer : IEntityRecognizer
{
    public const string TypeName = "order_id";

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal) { "order", "orders", "purchase", "invoice", "ordered", "confirmation" };

    private readonly Regex? _pattern;

    /// <summary>Creates the recognizer; an invalid <see cref="EntityOptions.OrderNumberPattern"/> throws ArgumentException.</summary>
    public OrderNumberRecognizer(EntityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.OrderNumberPattern is { Length: > 0 } p)
        {
            try
            {
                _pattern = new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (Exception ex) when (ex is RegexParseException or NotSupportedException)
            {
                throw new ArgumentException($"OrderNumberPattern '{p}' is not a valid non-backtracking regex: {ex.Message}", nameof(options), ex);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<EntityMatch>();
        if (_pattern is not null)
        {
            foreach (Match m in _pattern.Matches(text))
                if (m.Length > 0) Add(result, text, m.Index, m.Index + m.Length);
            return result;
        }
        var words = WordSpan.Split(text);
        int lastCue = -100;
        for (int k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (Cues.Contains(w.Lower)) { lastCue = k; continue; }
            if (!IsDigits(w.Lower)) continue;
            bool hash = w.Start > 0 && text[w.Start - 1] == '#';
            bool touching = (w.Start > 0 && (char.IsLetterOrDigit(text[w.Start - 1]) || text[w.Start - 1] is '-' or '.' or ',' or '+' or '$'))
                            || (w.End < text.Length && (text[w.End] is '-' or '%' or '/' || (text[w.End] is '.' or ',' && w.End + 1 < text.Length && char.IsDigit(text[w.End + 1]))));
            if (touching && !hash) continue;
            int len = w.Lower.Length;
            bool cued = (k - lastCue <= 3 || hash) && len is >= 5 and <= 15;
            if (cued || len == 6) Add(result, text, w.Start, w.End);
        }
        return result;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }

    private static void Add(List<EntityMatch> result, string text, int s, int e) =>
        result.Add(new EntityMatch(text[s..e], s, e - 1, TypeName, new Dictionary<string, object?> { ["value"] = text[s..e] }));
}
