namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Settings of <see cref="NaiveBayesTrainer"/>.</summary>
public sealed record NaiveBayesOptions
{
    /// <summary>Lidstone smoothing added to every feature count (1 = Laplace). Default 0.1.</summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>Complement naive Bayes (Rennie et al., 2003): estimates each class from the other classes' counts. Default false.</summary>
    public bool Complement { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for an out-of-range setting.</summary>
    public void Validate()
    {
        if (!(Alpha > 0) || double.IsInfinity(Alpha)) throw new ArgumentException($"Alpha must be positive, was {Alpha}.");
    }
}
