using System.Text.Json.Serialization;
using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>The conversation's current recommendation request and what it showed, kept in the dialog frame for follow-ups.</summary>
public sealed class RecommendationQuery
{
    [JsonPropertyName("type")] public string? ProductType { get; set; }
    [JsonPropertyName("colour")] public string? Colour { get; set; }
    [JsonPropertyName("brand")] public string? Brand { get; set; }
    [JsonPropertyName("min")] public long? MinCents { get; set; }
    [JsonPropertyName("max")] public long? MaxCents { get; set; }
    [JsonPropertyName("inStock")] public bool InStockOnly { get; set; }

    /// <summary>Product id the items must be like ("more like the second one"), or null for personal/popular picks.</summary>
    [JsonPropertyName("like")] public long? SimilarTo { get; set; }

    /// <summary>Product id the items must be bought with ("what goes well with the espresso machine"), or null.</summary>
    [JsonPropertyName("with")] public long? BoughtWith { get; set; }

    /// <summary>Product ids of the last carousel, in order.</summary>
    [JsonPropertyName("shown")] public List<long> Shown { get; set; } = [];

    /// <summary>Takes every value the ask states; keeps the others.</summary>
    public void Apply(ShopperAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ProductType = ask.ProductType ?? ProductType;
        Colour = ask.Colour ?? Colour;
        Brand = ask.Brand ?? Brand;
        if (ask.MinCents is not null || ask.MaxCents is not null) (MinCents, MaxCents) = (ask.MinCents, ask.MaxCents);
        InStockOnly |= ask.InStockOnly;
    }

    /// <summary>The recommender's constraints (prices in major units).</summary>
    public RecommendationConstraints ToConstraints()
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ProductType is not null) attributes[RecommendationVocabulary.ProductTypeKey] = ProductType;
        if (Colour is not null) attributes[RecommendationVocabulary.ColourKey] = Colour;
        return new RecommendationConstraints(
            Brand: Brand,
            MinPrice: MinCents / 100m,
            MaxPrice: MaxCents / 100m,
            InStockOnly: InStockOnly,
            Attributes: attributes.Count > 0 ? attributes : null);
    }
}
