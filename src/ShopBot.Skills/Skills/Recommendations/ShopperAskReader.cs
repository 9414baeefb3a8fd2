using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Entities.Recognizers;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>
/// Reads a <see cref="ShopperAsk"/> from a message's entities. Values come from entities; only what no entity says is
/// read from cue phrases of <see cref="RecommendationOptions"/>: the direction of an amount ("under", "over",
/// "between"), "cheaper", "more like", "in stock". List-entity matches with typos on short words ("can" ->
/// headphones, "show" -> shoes) are ignored, and so are matches inside a cue ("in stock" is not "socks").
/// </summary>
public sealed class ShopperAskReader(RecommendationOptions options)
{
    private const int MinTypoWordLength = 5;
    private static readonly OrdinalRecognizer Ordinals = new();

    /// <summary>Reads the ask of <paramref name="text"/> with its recognised entities.</summary>
    public ShopperAsk Read(string? text, IReadOnlyList<EntityMatch>? entities)
    {
        text ??= string.Empty;
        entities ??= [];
        var lower = text.ToLowerInvariant();
        var cueSpans = Spans(lower, options.InStockCues).Concat(Spans(lower, options.CheaperCues)).Concat(Spans(lower, options.SimilarCues)).ToList();
        bool Trusted(EntityMatch m) => Typos(m) == 0 || (m.Text.Length >= MinTypoWordLength && !cueSpans.Any(s => m.Start <= s.End && s.Start <= m.End));

        string? List(string type) =>
            entities.Where(m => m.TypeName == type && Trusted(m)).OrderBy(Typos).Select(m => m.Resolution.GetValueOrDefault("value") as string).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var (min, max) = Prices(lower, entities);
        var product = entities.Where(m => m.TypeName == "product")
            .Select(m => long.TryParse(m.Resolution.GetValueOrDefault("value") as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
            .FirstOrDefault(id => id is not null);
        return new ShopperAsk(
            ProductType: List(RecommendationVocabulary.ProductTypeKey),
            Colour: List(RecommendationVocabulary.ColourKey),
            Brand: entities.Where(m => m.TypeName == "brand").Select(m => m.Resolution.GetValueOrDefault("value") as string).FirstOrDefault(b => !string.IsNullOrWhiteSpace(b)),
            MinCents: min,
            MaxCents: max,
            InStockOnly: Spans(lower, options.InStockCues).Any(),
            ProductId: product,
            Ordinal: Ordinal(text, entities),
            Cheaper: Spans(lower, options.CheaperCues).Any(),
            Similar: Spans(lower, options.SimilarCues).Any(),
            GoesWith: Spans(lower, options.GoesWithCues).Any());
    }

    /// <summary>
    /// Amounts: currency entities, and numbers right after a price cue. Two amounts joined by "and"/"to" after
    /// "between"/"from" are a range; otherwise a minimum cue makes a lower bound and anything else an upper bound
    /// (a shopper naming one amount names a budget).
    /// </summary>
    private (long? Min, long? Max) Prices(string lower, IReadOnlyList<EntityMatch> entities)
    {
        var currencies = entities.Where(m => m.TypeName == "currency").ToList();
        var amounts = new List<(int Start, int End, long Cents)>();
        foreach (var m in entities.Where(m => m.TypeName is "currency" or "number").OrderBy(m => m.Start))
        {
            if (m.TypeName == "number" && (currencies.Any(c => m.Start <= c.End && c.Start <= m.End) || !AfterCue(lower, m.Start, [.. options.MaxPriceCues, .. options.MinPriceCues, "between", "and", "to"]))) continue;
            if (Cents(m) is { } cents) amounts.Add((m.Start, m.End, cents));
        }
        if (amounts.Count == 0) return (null, null);
        if (amounts.Count >= 2 && AfterCue(lower, amounts[0].Start, ["between", "from"]) && Gap(lower, amounts[0].End, amounts[1].Start) is "and" or "to" or "-")
            return (Math.Min(amounts[0].Cents, amounts[1].Cents), Math.Max(amounts[0].Cents, amounts[1].Cents));
        long? min = null, max = null;
        foreach (var a in amounts)
        {
            if (AfterCue(lower, a.Start, options.MinPriceCues)) min = a.Cents;
            else max = a.Cents;
        }
        return (min, max);
    }

    private static long? Cents(EntityMatch m)
    {
        var raw = m.Resolution.GetValueOrDefault("value")?.ToString();
        if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0 || value > 1_000_000_000m) return null;
        return (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);
    }

    private static int? Ordinal(string text, IReadOnlyList<EntityMatch> entities)
    {
        // "the second one" is also a date ("the 2nd of the month") and the NLU keeps the date: ask the ordinal recogniser itself.
        var ordinals = entities.Where(m => m.TypeName.StartsWith(OrdinalRecognizer.TypeName, StringComparison.Ordinal)).ToList();
        if (ordinals.Count == 0) ordinals = [.. Ordinals.Recognize(text, "en-us", DateTime.UnixEpoch)];
        foreach (var m in ordinals)
        {
            var relativeTo = m.Resolution.GetValueOrDefault("relativeTo") as string;
            if (!int.TryParse(m.Resolution.GetValueOrDefault("offset")?.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset)) continue;
            if (relativeTo == "start" && offset >= 1) return offset;
            if (relativeTo == "end" && offset == 0) return -1;
        }
        return null;
    }

    private static int Typos(EntityMatch m) =>
        int.TryParse(m.Resolution.GetValueOrDefault("typos")?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 0;

    private static bool AfterCue(string lower, int start, IEnumerable<string> cues)
    {
        var before = lower[..Math.Clamp(start, 0, lower.Length)].TrimEnd();
        return cues.Any(c => before.EndsWith(c, StringComparison.Ordinal) && (before.Length == c.Length || !char.IsLetter(before[before.Length - c.Length - 1])));
    }

    private static string Gap(string lower, int end, int start) => start > end + 1 ? lower[(end + 1)..start].Trim() : string.Empty;

    private static IEnumerable<(int Start, int End)> Spans(string lower, IEnumerable<string> cues)
    {
        foreach (var cue in cues)
            foreach (Match m in Regex.Matches(lower, @"\b" + Regex.Escape(cue.ToLowerInvariant()) + @"\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
                yield return (m.Index, m.Index + m.Length - 1);
    }
}
