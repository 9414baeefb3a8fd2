namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="KnnBaselineTrainer"/> (defaults close to Surprise's KNNBaseline with pearson_baseline).</summary>
public sealed class KnnBaselineOptions
{
    /// <summary>At most this many of the user's rated neighbours enter a prediction. Default 40.</summary>
    public int Neighbours { get; set; } = 40;

    /// <summary>Neighbour lists stored per item (candidates among which the user's rated ones are looked up). Default 200.</summary>
    public int StoredNeighbours { get; set; } = 200;

    /// <summary>Similarity shrinkage: s * n / (n + shrinkage), n = co-raters. Default 100.</summary>
    public double Shrinkage { get; set; } = 100;

    /// <summary>The baseline estimates (and the centring of the similarity).</summary>
    public BaselineOnlyOptions Baseline { get; set; } = new();

    internal void Validate()
    {
        if (Neighbours < 1) throw new ArgumentException($"Neighbours must be at least 1, was {Neighbours}");
        if (StoredNeighbours < Neighbours) throw new ArgumentException($"StoredNeighbours ({StoredNeighbours}) must be at least Neighbours ({Neighbours})");
    }
}
