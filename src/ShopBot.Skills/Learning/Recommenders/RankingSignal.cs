namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>The evidence a hybrid score is made of; the dominant one picks an item's reason.</summary>
public enum RankingSignal
{
    /// <summary>Item-item neighbours of the shopper's history.</summary>
    Collaborative,

    /// <summary>Matrix-factorisation preference.</summary>
    Factorization,

    /// <summary>Content (TF-IDF) similarity to the shopper's history.</summary>
    Content,

    /// <summary>Item popularity.</summary>
    Popularity,
}
