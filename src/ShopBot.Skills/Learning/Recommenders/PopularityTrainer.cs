namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Counts, per item, the users who interacted with it positively: the cold-start fallback and the evaluation baseline.</summary>
public sealed class PopularityTrainer
{
    /// <summary>Counts users per item.</summary>
    public PopularityModel Fit(InteractionMatrix interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var counts = new double[interactions.ItemCount];
        for (var i = 0; i < counts.Length; i++)
            foreach (var v in interactions.ColumnValuesOf(i)) if (v > 0) counts[i]++;
        return new PopularityModel(interactions.Items, counts);
    }
}
