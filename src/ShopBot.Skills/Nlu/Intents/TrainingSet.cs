using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Featurised training data: rows, their class indices, and the dimensions.</summary>
public sealed record TrainingSet(IReadOnlyList<SparseVector> Rows, int[] Labels, int ClassCount, int FeatureCount)
{
    /// <summary>Throws <see cref="ArgumentException"/> when the set is empty or inconsistent.</summary>
    public void Validate()
    {
        if (Rows.Count == 0) throw new ArgumentException("The training set is empty.");
        if (Rows.Count != Labels.Length) throw new ArgumentException($"{Rows.Count} rows but {Labels.Length} labels.");
        if (ClassCount < 1) throw new ArgumentException("At least one class is needed.");
        foreach (var y in Labels)
            if ((uint)y >= (uint)ClassCount) throw new ArgumentException($"Label {y} is outside [0, {ClassCount}).");
        foreach (var row in Rows)
            foreach (var f in row.Indices)
                if ((uint)f >= (uint)FeatureCount) throw new ArgumentException($"Feature {f} is outside [0, {FeatureCount}).");
    }
}
