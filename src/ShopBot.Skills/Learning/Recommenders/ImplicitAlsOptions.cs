namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="ImplicitAlsTrainer"/>.</summary>
public sealed class ImplicitAlsOptions
{
    /// <summary>Latent factors. Default 32.</summary>
    public int Factors { get; set; } = 32;

    /// <summary>Alternating sweeps (users, then items). Default 15.</summary>
    public int Iterations { get; set; } = 15;

    /// <summary>L2 regularisation lambda. Default 0.1.</summary>
    public double Regularization { get; set; } = 0.1;

    /// <summary>Confidence slope: c(u, i) = 1 + Alpha * r(u, i). Default 40 (Hu, Koren and Volinsky 2008).</summary>
    public double Alpha { get; set; } = 40;

    /// <summary>Standard deviation of the normal initial factors. Default 0.01.</summary>
    public double InitStdDev { get; set; } = 0.01;

    /// <summary>Seed of the initialisation. Default 42.</summary>
    public int Seed { get; set; } = 42;

    internal void Validate()
    {
        if (Factors < 1) throw new ArgumentException($"Factors must be at least 1, was {Factors}");
        if (Iterations < 1) throw new ArgumentException($"Iterations must be at least 1, was {Iterations}");
        if (!(Regularization > 0)) throw new ArgumentException($"Regularization must be > 0 (it keeps the systems positive definite), was {Regularization}");
        if (!(Alpha >= 0)) throw new ArgumentException($"Alpha must be >= 0, was {Alpha}");
        if (!(InitStdDev > 0)) throw new ArgumentException($"InitStdDev must be > 0, was {InitStdDev}");
    }
}
