namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="HybridRecommenderTrainer"/>: one section per component.</summary>
public sealed class HybridRecommenderOptions
{
    /// <summary>Item-item CF. Default: cosine, 50 neighbours.</summary>
    public ItemKnnOptions ItemKnn { get; set; } = new();

    /// <summary>Implicit ALS (the factorisation signal). Default: see <see cref="ImplicitAlsOptions"/>.</summary>
    public ImplicitAlsOptions Als { get; set; } = new();

    /// <summary>TF-IDF content model.</summary>
    public ContentOptions Content { get; set; } = new();

    /// <summary>Signal weights and diversity.</summary>
    public HybridRankerOptions Ranker { get; set; } = new();

    /// <summary>Items already in the shopper's history are not recommended again. Default true.</summary>
    public bool ExcludeHistory { get; set; } = true;
}
