namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="BiasedMfTrainer"/> (defaults as Surprise's SVD).</summary>
public sealed class BiasedMfOptions
{
    /// <summary>Latent factors. Default 100.</summary>
    public int Factors { get; set; } = 100;

    /// <summary>SGD passes over the ratings. Default 20.</summary>
    public int Epochs { get; set; } = 20;

    /// <summary>SGD learning rate. Default 0.005.</summary>
    public double LearningRate { get; set; } = 0.005;

    /// <summary>L2 regularisation of factors and biases. Default 0.02.</summary>
    public double Regularization { get; set; } = 0.02;

    /// <summary>Standard deviation of the normal initial factors. Default 0.1.</summary>
    public double InitStdDev { get; set; } = 0.1;

    /// <summary>Seed of the initialisation and of the per-epoch shuffle. Default 42.</summary>
    public int Seed { get; set; } = 42;

    internal void Validate()
    {
        if (Factors < 1) throw new ArgumentException($"Factors must be at least 1, was {Factors}");
        if (Epochs < 1) throw new ArgumentException($"Epochs must be at least 1, was {Epochs}");
        if (!(LearningRate > 0)) throw new ArgumentException($"LearningRate must be > 0, was {LearningRate}");
        if (!(Regularization >= 0)) throw new ArgumentException($"Regularization must be >= 0, was {Regularization}");
        if (!(InitStdDev >= 0)) throw new ArgumentException($"InitStdDev must be >= 0, was {InitStdDev}");
    }
}
