using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class HybridRecommenderTests
{
    private static readonly ItemInfo[] Catalogue =
    [
        new("h1", "Acme Wireless Headphones Black", "Audio", "Acme", 89m, true, new Dictionary<string, string> { ["colour"] = "Black" }),
        new("h2", "Acme Wireless Headphones White", "Audio", "Acme", 95m, true, new Dictionary<string, string> { ["colour"] = "White" }),
        new("h3", "Sonic Over-Ear Headphones", "Audio", "Sonic", 149m, true),
        new("s1", "Sonic Bluetooth Speaker", "Audio", "Sonic", 59m, false),
        new("c1", "Brewmaster Coffee Maker", "Kitchen", "Brewmaster", 79m, true),
        new("c2", "Brewmaster Coffee Grinder", "Kitchen", "Brewmaster", 39m, true),
        new("c3", "Ceramic Coffee Mug", "Kitchen", "Homely", 12m, true),
        new("l1", "Lumo Desk Lamp", "Lighting", "Lumo", 45m, true),
        new("n1", "Acme Wireless Earbuds", "Audio", "Acme", 69m, true), // new: nobody bought it yet
    ];

    /// <summary>Mug most popular; coffee makers are bought with grinders; headphones with speakers.</summary>
    private static List<Interaction> Purchases()
    {
        var list = new List<Interaction>();
        for (var u = 0; u < 12; u++) list.Add(new($"m{u}", "c3", 5));
        for (var u = 0; u < 6; u++) { list.Add(new($"k{u}", "c1", 5)); list.Add(new($"k{u}", "c2", 5)); }
        for (var u = 0; u < 5; u++) { list.Add(new($"a{u}", "h1", 5)); list.Add(new($"a{u}", "s1", 5)); }
        for (var u = 0; u < 3; u++) { list.Add(new($"b{u}", "h3", 5)); list.Add(new($"b{u}", "l1", 1)); }
        list.Add(new("x0", "h2", 1));
        list.Add(new("shopper", "c1", 5));
        return list;
    }

    private static HybridRecommender Fit(HybridRankerOptions? ranker = null) =>
        new HybridRecommenderTrainer(new HybridRecommenderOptions
        {
            Als = new ImplicitAlsOptions { Factors = 4, Iterations = 8, Alpha = 5 },
            Ranker = ranker ?? new HybridRankerOptions(),
        }).Fit(Purchases(), Catalogue);

    [Fact]
    public void ColdStartShopper_GetsPopularItemsWithACategoryReason()
    {
        var result = Fit().Recommend(new RecommendationRequest("stranger", Count: 3));

        Assert.Equal("c3", result[0].Item.Id);
        Assert.Equal(ReasonCodes.PopularInCategory, result[0].Reason.Code);
        Assert.Equal("Kitchen", result[0].Reason.Args["category"]);
    }

    [Fact]
    public void Constraints_FilterCategoryPriceBrandAndStock()
    {
        var recommender = Fit();

        var audioUnder100 = recommender.Recommend(new RecommendationRequest("shopper",
            Constraints: new RecommendationConstraints(Category: "audio", MaxPrice: 100m, InStockOnly: true), Count: 10));
        var sonic = recommender.Recommend(new RecommendationRequest(null, Constraints: new RecommendationConstraints(Brand: "SONIC"), Count: 10));

        Assert.Equal(["h1", "h2", "n1"], audioUnder100.Select(r => r.Item.Id).Order());
        Assert.Equal(["h3", "s1"], sonic.Select(r => r.Item.Id).Order());
        var black = recommender.Recommend(new RecommendationRequest(
            Constraints: new RecommendationConstraints(Attributes: new Dictionary<string, string> { ["Colour"] = "black" }), Count: 10));
        Assert.Equal(["h1"], black.Select(r => r.Item.Id));
        Assert.Throws<ArgumentException>(() => recommender.Recommend(new RecommendationRequest(
            Constraints: new RecommendationConstraints(MinPrice: 50m, MaxPrice: 10m))));
    }

    [Fact]
    public void KnownShopper_GetsTheCoPurchasedItemBecauseOfTheirPurchase()
    {
        var result = Fit(new HybridRankerOptions { CollaborativeWeight = 1, FactorizationWeight = 0, ContentWeight = 0, PopularityWeight = 0 })
            .Recommend(new RecommendationRequest("shopper", Count: 1));

        Assert.Equal("c2", result[0].Item.Id);
        Assert.Equal(ReasonCodes.BecauseYouBought, result[0].Reason.Code);
        Assert.Equal("Brewmaster Coffee Maker", result[0].Reason.Args["anchor_name"]);
    }

    [Fact]
    public void History_IsNotRecommendedAgain()
    {
        var result = Fit().Recommend(new RecommendationRequest("shopper", Count: 20));

        Assert.DoesNotContain(result, r => r.Item.Id == "c1");
        Assert.Equal(Catalogue.Length - 1, result.Count);
    }

    [Fact]
    public void NewProduct_IsFoundByContentWhenAskedForSimilarItems()
    {
        var result = Fit().SimilarTo("n1", count: 2);

        Assert.Contains(result, r => r.Item.Id is "h1" or "h2");
        Assert.All(result, r => Assert.NotEqual("n1", r.Item.Id));
        Assert.Equal(ReasonCodes.SimilarTo, result.First(r => r.Item.Id is "h1" or "h2").Reason.Code);
    }

    [Fact]
    public void Diversity_KeepsNearDuplicatesApart()
    {
        var ranker = new HybridRankerOptions { CollaborativeWeight = 0, FactorizationWeight = 0, ContentWeight = 1, PopularityWeight = 0, DiversityLambda = 0.3 };

        var result = Fit(ranker).SimilarTo("n1", count: 2);

        // h1 and h2 differ by one colour word: with a strong diversity weight only one of them makes the top two.
        Assert.Single(result, r => r.Item.Id is "h1" or "h2");
    }

    [Fact]
    public void BadRequests_GetClearErrors()
    {
        var recommender = Fit();

        Assert.Throws<ArgumentException>(() => recommender.Recommend(new RecommendationRequest("shopper", Count: 0)));
        Assert.Throws<ArgumentException>(() => recommender.SimilarTo("nope"));
    }
}
