using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;
using InteractionKind = ShopBot.Skills.Data.Shop.InteractionKind;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>Turns the shop's products and interactions into recommender input, with a fingerprint of exactly that input.</summary>
internal static class RecommenderTrainingData
{
    /// <summary>Catalogue facts of a product: canonical colour and product type from the vocabulary; price in major units.</summary>
    public static ItemInfo ToItem(Product p, RecommendationVocabulary vocabulary)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in p.Attributes)
            if (!string.IsNullOrWhiteSpace(value)) attributes[key] = value;
        if (p.Attributes.TryGetValue(RecommendationVocabulary.ColourKey, out var colour) && !string.IsNullOrWhiteSpace(colour))
            attributes[RecommendationVocabulary.ColourKey] = vocabulary.CanonicalColour(colour);
        if (vocabulary.ProductType(p.Name) is { } type) attributes[RecommendationVocabulary.ProductTypeKey] = type;
        return new ItemInfo(Id(p.Id), p.Name, p.Category, p.Brand, p.PriceCents / 100m, p.InStock, attributes);
    }

    /// <summary>
    /// Implicit strengths: a view, cart or purchase adds its weight (per event), a rating adds
    /// <see cref="RecommendationOptions.RatingWeightPerStar"/> per star above 3; zero strengths are dropped.
    /// </summary>
    public static List<Interaction> ToInteractions(IEnumerable<ProductInteraction> interactions, RecommendationOptions options)
    {
        var result = new List<Interaction>();
        foreach (var x in interactions)
        {
            var strength = x.Kind switch
            {
                InteractionKind.View => options.ViewWeight,
                InteractionKind.Cart => options.CartWeight,
                InteractionKind.Purchase => options.PurchaseWeight,
                InteractionKind.Rating => Math.Max(0, x.Value - 3) * options.RatingWeightPerStar,
                _ => 0,
            };
            if (strength > 0 && double.IsFinite(strength))
                result.Add(new Interaction(Id(x.CustomerId), Id(x.ProductId), strength, x.At.ToUnixTimeSeconds()));
        }
        return result;
    }

    /// <summary>SHA-256 (hex) over the items and interactions in their given order.</summary>
    public static string Fingerprint(IReadOnlyList<ItemInfo> items, IReadOnlyList<Interaction> interactions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var i in items)
        {
            line.Clear().Append(i.Id).Append('\u001f').Append(i.Name).Append('\u001f').Append(i.Category).Append('\u001f').Append(i.Brand)
                .Append('\u001f').Append(i.Price.ToString(CultureInfo.InvariantCulture)).Append('\u001f').Append(i.InStock ? '1' : '0');
            foreach (var (k, v) in (i.Attributes ?? new Dictionary<string, string>()).OrderBy(a => a.Key, StringComparer.Ordinal))
                line.Append('\u001f').Append(k).Append('=').Append(v);
            hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
        }
        foreach (var x in interactions)
        {
            line.Clear().Append(x.UserId).Append('\u001f').Append(x.ItemId).Append('\u001f').Append(x.Value.ToString("R", CultureInfo.InvariantCulture))
                .Append('\u001f').Append(x.Timestamp?.ToString(CultureInfo.InvariantCulture)).Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The recommender's id of a store id.</summary>
    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
