namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Options of <see cref="ContentTrainer"/>.</summary>
public sealed class ContentOptions
{
    /// <summary>
    /// Term-frequency multiplier of the whole-value features "category=...", "brand=..." and "key=value" relative to
    /// a word of the name. Default 2.
    /// </summary>
    public double FieldWeight { get; set; } = 2;

    internal void Validate()
    {
        if (!(FieldWeight >= 0) || double.IsInfinity(FieldWeight)) throw new ArgumentException($"FieldWeight must be finite and >= 0, was {FieldWeight}");
    }
}
