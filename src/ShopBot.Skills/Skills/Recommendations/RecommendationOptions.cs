namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>Options of the recommendation skill and its start-up training (section <c>ShopBot:Recommendations</c>).</summary>
public sealed class RecommendationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ShopBot:Recommendations";

    /// <summary>Cards per carousel. Default 5.</summary>
    public int Count { get; set; } = 5;

    /// <summary>Currency of catalogue prices (minor units). Default GBP.</summary>
    public string Currency { get; set; } = "GBP";

    /// <summary>
    /// Base URL for product image paths that are relative (the demo's "/images/products/aud-0001.jpg"), e.g. the shop's
    /// CDN "https://cdn.example.com". Default null: image URLs are sent as stored.
    /// </summary>
    public string? ImageBaseUrl { get; set; }

    /// <summary>Options of the hybrid recommender (kNN, ALS, TF-IDF, ranking weights, diversity). Default: its defaults.</summary>
    public Learning.Recommenders.HybridRecommenderOptions Model { get; set; } = new();

    /// <summary>"Shoppers who bought X also bought": co-purchase options. Default: cosine, at least 2 shoppers, 20 partners kept.</summary>
    public Learning.Recommenders.AlsoBoughtOptions AlsoBought { get; set; } = new();

    /// <summary>
    /// How often a running host checks the shop's data and the model cache for a newer model (a retrain happens only when
    /// the products or interactions changed; a model written by <c>recommend train</c> is picked up at once, without
    /// waiting). Default 15 minutes; zero turns the periodic check off.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Implicit strength of a product view. Default 1.</summary>
    public double ViewWeight { get; set; } = 1;

    /// <summary>Implicit strength of a cart addition (per event, whatever the quantity). Default 3.</summary>
    public double CartWeight { get; set; } = 3;

    /// <summary>Implicit strength of a purchase (per event, whatever the quantity). Default 5.</summary>
    public double PurchaseWeight { get; set; } = 5;

    /// <summary>Strength per star above 3 of a rating (1-3 stars add nothing: implicit ALS has no negative evidence). Default 1.</summary>
    public double RatingWeightPerStar { get; set; } = 1;

    /// <summary>A follow-up containing one of these asks for cheaper items than those shown. Default "cheaper", "less expensive", ...</summary>
    public List<string> CheaperCues { get; set; } = ["cheaper", "less expensive", "lower price", "more affordable", "too expensive", "too pricey"];

    /// <summary>A follow-up containing one of these asks for items like one shown. Default "more like", "similar", ...</summary>
    public List<string> SimilarCues { get; set; } = ["more like", "similar", "like the", "like that"];

    /// <summary>With a product named, one of these asks what is bought with it. Default "go well with", "buy with", ...</summary>
    public List<string> GoesWithCues { get; set; } = ["go well with", "goes well with", "goes with", "go with", "buy with", "bought with", "pair with", "pairs with", "together with"];

    /// <summary>A message containing one of these only wants items that can be bought now. Default "in stock", ...</summary>
    public List<string> InStockCues { get; set; } = ["in stock", "available now", "ships now", "ready to ship"];

    /// <summary>Words before an amount that make it an upper price bound. Default under, below, ...</summary>
    public List<string> MaxPriceCues { get; set; } = ["under", "below", "less than", "up to", "max", "maximum", "at most", "cheaper than", "within"];

    /// <summary>Words before an amount that make it a lower price bound. Default over, above, ...</summary>
    public List<string> MinPriceCues { get; set; } = ["over", "above", "more than", "at least", "from"];

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentException">A count outside 1..10, a negative weight or an empty currency.</exception>
    public void Validate()
    {
        if (Count is < 1 or > 10) throw new ArgumentException($"{SectionName}:{nameof(Count)} must be 1..10 (a carousel), was {Count}.");
        if (ImageBaseUrl is not null && !(Uri.TryCreate(ImageBaseUrl, UriKind.Absolute, out var images) && (images.Scheme == Uri.UriSchemeHttps || images.Scheme == Uri.UriSchemeHttp)))
            throw new ArgumentException($"{SectionName}:{nameof(ImageBaseUrl)} must be an absolute http(s) URL, was '{ImageBaseUrl}'.");
        if (RefreshInterval < TimeSpan.Zero) throw new ArgumentException($"{SectionName}:{nameof(RefreshInterval)} must be zero (off) or positive, was {RefreshInterval}.");
        if (string.IsNullOrWhiteSpace(Currency)) throw new ArgumentException($"{SectionName}:{nameof(Currency)} must be an ISO currency code such as GBP.");
        foreach (var (name, w) in new[] { (nameof(ViewWeight), ViewWeight), (nameof(CartWeight), CartWeight), (nameof(PurchaseWeight), PurchaseWeight), (nameof(RatingWeightPerStar), RatingWeightPerStar) })
            if (!(w >= 0) || double.IsInfinity(w)) throw new ArgumentException($"{SectionName}:{name} must be finite and >= 0, was {w}.");
    }
}
