namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="BaselineOnlyTrainer"/> (defaults as in the Surprise library's ALS baselines).</summary>
public sealed class BaselineOnlyOptions
{
    /// <summary>Alternating passes over item then user biases. Default 10.</summary>
    public int Epochs { get; set; } = 10;

    /// <summary>Regularisation of user biases. Default 15.</summary>
    public double UserRegularization { get; set; } = 15;

    /// <summary>Regularisation of item biases. Default 10.</summary>
    public double ItemRegularization { get; set; } = 10;

    internal void Validate()
    {
        if (Epochs < 1) throw new ArgumentException($"Epochs must be at least 1, was {Epochs}");
        if (!(UserRegularization >= 0) || !(ItemRegularization >= 0)) throw new ArgumentException("regularisation must be >= 0");
    }
}
