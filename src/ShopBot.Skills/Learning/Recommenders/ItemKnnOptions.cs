namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="ItemKnnTrainer"/>.</summary>
public sealed class ItemKnnOptions
{
    /// <summary>The similarity measure. Default <see cref="SimilarityKind.Cosine"/>.</summary>
    public SimilarityKind Similarity { get; set; } = SimilarityKind.Cosine;

    /// <summary>Neighbours kept per item (top-k by similarity). Default 50.</summary>
    public int Neighbours { get; set; } = 50;

    /// <summary>Pairs with fewer common users get no similarity. Default 1.</summary>
    public int MinCommonUsers { get; set; } = 1;

    /// <summary>Shrinks a similarity by n / (n + shrinkage), n = common users; 0 disables. Default 0.</summary>
    public double Shrinkage { get; set; }

    /// <summary>Keep negative similarities in the neighbour lists. Default false (only positive neighbours).</summary>
    public bool KeepNegative { get; set; }

    /// <summary>Baseline used to centre values for <see cref="SimilarityKind.PearsonBaseline"/>.</summary>
    public BaselineOnlyOptions Baseline { get; set; } = new();

    internal void Validate()
    {
        if (Neighbours < 1) throw new ArgumentException($"Neighbours must be at least 1, was {Neighbours}");
        if (MinCommonUsers < 1) throw new ArgumentException($"MinCommonUsers must be at least 1, was {MinCommonUsers}");
        if (!(Shrinkage >= 0)) throw new ArgumentException($"Shrinkage must be >= 0, was {Shrinkage}");
    }
}
