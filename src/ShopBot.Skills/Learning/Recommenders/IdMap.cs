namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>A dense index (0..Count-1) for string ids, in order of first appearance.</summary>
public sealed class IdMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    /// <summary>Number of ids.</summary>
    public int Count => _ids.Count;

    /// <summary>All ids; position = index.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The id at <paramref name="index"/>.</summary>
    public string this[int index] => _ids[index];

    /// <summary>Finds the index of <paramref name="id"/>.</summary>
    public bool TryGetIndex(string id, out int index) => _index.TryGetValue(id, out index);

    /// <summary>The index of <paramref name="id"/>, or -1 when unknown.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    internal int GetOrAdd(string id)
    {
        if (_index.TryGetValue(id, out var i)) return i;
        i = _ids.Count;
        _index.Add(id, i);
        _ids.Add(id);
        return i;
    }

    internal static IdMap From(IEnumerable<string> ids)
    {
        var map = new IdMap();
        foreach (var id in ids) map.GetOrAdd(id);
        return map;
    }
}
