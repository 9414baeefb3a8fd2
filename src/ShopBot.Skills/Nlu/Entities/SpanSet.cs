namespace ShopBot.Skills.Nlu.Entities;

/// <summary>
/// Non-overlapping spans [Start, End) kept sorted by start, so that checking a new span against all chosen ones
/// costs a binary search instead of a scan (choosing among n candidates stays O(n log n) on long texts).
/// </summary>
internal sealed class SpanSet
{
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    /// <summary>Adds [start, end) unless it overlaps a span already in the set; returns whether it was added.</summary>
    public bool TryAdd(int start, int end)
    {
        int i = _starts.BinarySearch(start);
        if (i >= 0) return false;
        i = ~i;
        if (i > 0 && _ends[i - 1] > start) return false;
        if (i < _starts.Count && _starts[i] < end) return false;
        _starts.Insert(i, start);
        _ends.Insert(i, end);
        return true;
    }
}
