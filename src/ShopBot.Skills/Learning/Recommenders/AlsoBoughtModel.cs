namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>"Shoppers who bought this also bought": each item's best co-purchase partners.</summary>
public sealed class AlsoBoughtModel
{
    private readonly int[] _ptr, _partners, _counts;
    private readonly double[] _scores;

    internal AlsoBoughtModel(IdMap items, int[] ptr, int[] partners, int[] counts, double[] scores)
    {
        Items = items;
        _ptr = ptr;
        _partners = partners;
        _counts = counts;
        _scores = scores;
    }

    /// <summary>Item ids (indices match the purchase matrix columns).</summary>
    public IdMap Items { get; }

    /// <summary>The best partners of <paramref name="itemId"/>, best first (empty for an unknown item).</summary>
    public IReadOnlyList<AlsoBoughtItem> For(string itemId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!Items.TryGetIndex(itemId, out var a)) return [];
        var result = new List<AlsoBoughtItem>();
        for (var k = _ptr[a]; k < _ptr[a + 1] && result.Count < count; k++)
            result.Add(new AlsoBoughtItem(Items[_partners[k]], _counts[k], _scores[k]));
        return result;
    }
}
