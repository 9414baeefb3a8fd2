namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="AlsoBoughtTrainer"/>.</summary>
public sealed class AlsoBoughtOptions
{
    /// <summary>Score normalisation. Default <see cref="CoPurchaseNormalization.Cosine"/>.</summary>
    public CoPurchaseNormalization Normalization { get; set; } = CoPurchaseNormalization.Cosine;

    /// <summary>Pairs bought together by fewer shoppers are dropped (noise). Default 2.</summary>
    public int MinCoPurchases { get; set; } = 2;

    /// <summary>Partners kept per item. Default 20.</summary>
    public int MaxPerItem { get; set; } = 20;

    internal void Validate()
    {
        if (MinCoPurchases < 1) throw new ArgumentException($"MinCoPurchases must be at least 1, was {MinCoPurchases}");
        if (MaxPerItem < 1) throw new ArgumentException($"MaxPerItem must be at least 1, was {MaxPerItem}");
    }
}
