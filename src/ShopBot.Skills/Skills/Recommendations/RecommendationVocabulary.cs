using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>
/// The shop's list entities (dialogs/entities: <c>colour</c>, <c>product_type</c>) applied to the catalogue, so a
/// product carries the same canonical values the NLU gives for the shopper's words: a "Navy" hoodie is colour
/// <c>blue</c>, "Compact Wireless Headphones" is product type <c>headphones</c>.
/// </summary>
public sealed class RecommendationVocabulary
{
    /// <summary>Attribute key of the canonical colour on recommender items.</summary>
    public const string ColourKey = "colour";

    /// <summary>Attribute key of the canonical product type on recommender items.</summary>
    public const string ProductTypeKey = "product_type";

    private readonly ListEntityRecognizer? _recognizer;

    /// <summary>Creates the vocabulary over parsed list entities (may be empty: colours then compare as written, no product types).</summary>
    public RecommendationVocabulary(IReadOnlyList<ListEntity> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _recognizer = lists.Count > 0 ? new ListEntityRecognizer(lists) : null;
    }

    /// <summary>Loads every *.lu file of <paramref name="directory"/> (none when it does not exist).</summary>
    public static RecommendationVocabulary FromDirectory(string directory) => new(LuListParser.LoadDirectory(directory));

    /// <summary>The canonical colour of a catalogue colour ("Navy" -> "blue"); the lower-cased input when no list knows it.</summary>
    public string CanonicalColour(string colour)
    {
        ArgumentNullException.ThrowIfNull(colour);
        var exact = Recognize(colour).FirstOrDefault(m => m.TypeName == ColourKey && m.Start == 0 && m.End == colour.Length - 1);
        return exact?.Resolution.GetValueOrDefault("value") as string ?? colour.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The product type named by the head noun of a product name ("Compact Wireless Headphones, Black" -> "headphones";
    /// "Headphone Amplifier" -> null): the type must end the name once a ", colour" suffix and a "(...)" note are cut.
    /// </summary>
    public string? ProductType(string productName)
    {
        ArgumentNullException.ThrowIfNull(productName);
        var name = productName;
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0) name = name[..comma];
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0) name = name[..paren];
        name = name.TrimEnd();
        if (name.Length == 0) return null;
        return Recognize(name).LastOrDefault(m => m.TypeName == ProductTypeKey && m.End == name.Length - 1)?.Resolution.GetValueOrDefault("value") as string;
    }

    /// <summary>
    /// Exact matches only: catalogue names are the shop's own spelling, not typos, so "Watering Can" must not become
    /// "cans" (slang for headphones) through the typo tolerance the shopper's messages get.
    /// </summary>
    private IReadOnlyList<Nlu.EntityMatch> Recognize(string text) =>
        (_recognizer?.Recognize(text, "en-us", DateTime.UnixEpoch) ?? []).Where(m => m.Resolution.GetValueOrDefault("typos") is null or 0).ToList();
}
