using System.Text.RegularExpressions;

namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>SKUs (type <c>sku</c>, resolution <c>{value}</c>) matching <see cref="EntityOptions.SkuPattern"/> between word boundaries.</summary>
public sealed class SkuRecognizer : IEntityRecognizer
{
    public const string TypeName = "sku";

    private readonly Regex _pattern;

    /// <summary>Creates the recognizer; an invalid pattern throws ArgumentException.</summary>
    public SkuRecognizer(EntityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SkuPattern)) throw new ArgumentException("SkuPattern must not be empty", nameof(options));
        try
        {
            _pattern = new Regex(@"\b(?:" + options.SkuPattern + @")\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (Exception ex) when (ex is RegexParseException or NotSupportedException)
        {
            throw new ArgumentException($"SkuPattern '{options.SkuPattern}' is not a valid non-backtracking regex: {ex.Message}", nameof(options), ex);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<EntityMatch>();
        foreach (Match m in _pattern.Matches(text))
        {
            if (m.Length == 0) continue;
            int e = m.Index + m.Length;
            if (e < text.Length && text[e] == '-' ) continue;
            result.Add(new EntityMatch(m.Value, m.Index, e - 1, TypeName, new Dictionary<string, object?> { ["value"] = m.Value.ToUpperInvariant() }));
        }
        return result;
    }
}
