namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Reason codes of recommendations; the reply text comes from templates keyed by these codes.</summary>
public static class ReasonCodes
{
    /// <summary>Neighbour of an item in the shopper's history. Args: anchor_id, anchor_name.</summary>
    public const string BecauseYouBought = "because_you_bought";

    /// <summary>Content close to the shopper's history (or to the item asked about). Args: anchor_id, anchor_name.</summary>
    public const string SimilarTo = "similar_to";

    /// <summary>Matrix-factorisation taste match, no single anchor. No args.</summary>
    public const string RecommendedForYou = "recommended_for_you";

    /// <summary>Popular (cold start or dominant popularity). Args: category.</summary>
    public const string PopularInCategory = "popular_in_category";
}
