namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Item popularity: the number of distinct users with a positive interaction.</summary>
public sealed class PopularityModel
{
    private readonly double[] _counts;

    internal PopularityModel(IdMap items, double[] counts)
    {
        Items = items;
        _counts = counts;
    }

    /// <summary>Item ids (indices match the training matrix columns).</summary>
    public IdMap Items { get; }

    /// <summary>Popularity by item index.</summary>
    public ReadOnlySpan<double> Counts => _counts;

    /// <summary>Copies the popularity of every item into <paramref name="scores"/>.</summary>
    public void Score(Span<double> scores)
    {
        if (scores.Length != _counts.Length) throw new ArgumentException($"scores must have one slot per item ({_counts.Length})");
        _counts.CopyTo(scores);
    }
}
