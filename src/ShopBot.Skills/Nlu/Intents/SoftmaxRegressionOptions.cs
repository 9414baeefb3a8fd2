namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Settings of <see cref="SoftmaxRegressionTrainer"/>.</summary>
public sealed record SoftmaxRegressionOptions
{
    /// <summary>L2 penalty λ in (1/n)Σ loss + (λ/2)‖W‖² (bias not penalised). Default 1e-6.</summary>
    public double L2 { get; init; } = 1e-6;

    /// <summary>AdaGrad base learning rate. Default 0.25.</summary>
    public double LearningRate { get; init; } = 0.25;

    /// <summary>Most passes over the data. Default 10 (on CLINC150, 10, 15 and 30 epochs give the same val accuracy, 91.7-91.8).</summary>
    public int MaxEpochs { get; init; } = 10;

    /// <summary>Stop when the mean training loss improves by less than this fraction between epochs. Default 0.005.</summary>
    public double Tolerance { get; init; } = 0.005;

    /// <summary>Seed of the shuffling. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Throws <see cref="ArgumentException"/> for an out-of-range setting.</summary>
    public void Validate()
    {
        if (!(L2 >= 0) || double.IsInfinity(L2)) throw new ArgumentException($"L2 must be >= 0, was {L2}.");
        if (!(LearningRate > 0) || double.IsInfinity(LearningRate)) throw new ArgumentException($"LearningRate must be positive, was {LearningRate}.");
        if (MaxEpochs < 1) throw new ArgumentException($"MaxEpochs must be at least 1, was {MaxEpochs}.");
        if (!(Tolerance >= 0)) throw new ArgumentException($"Tolerance must be >= 0, was {Tolerance}.");
    }
}
