namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// A sparse user x item matrix held twice: CSR (rows = users, for "what did this user touch") and CSC
/// (columns = items, for "who touched this item"). Within a row (column) the indices are sorted ascending.
/// Missing cells mean "no interaction", not zero.
/// </summary>
public sealed class InteractionMatrix
{
    private readonly int[] _rowPtr, _colIdx, _colPtr, _rowIdx;
    private readonly double[] _values, _colValues;
    private readonly long[]? _timestamps;

    private InteractionMatrix(IdMap users, IdMap items, int[] rowPtr, int[] colIdx, double[] values, long[]? timestamps)
    {
        Users = users;
        Items = items;
        _rowPtr = rowPtr;
        _colIdx = colIdx;
        _values = values;
        _timestamps = timestamps;
        (_colPtr, _rowIdx, _colValues) = Transpose(rowPtr, colIdx, values, items.Count);
    }

    /// <summary>User ids (row indices).</summary>
    public IdMap Users { get; }

    /// <summary>Item ids (column indices).</summary>
    public IdMap Items { get; }

    /// <summary>Number of users (rows).</summary>
    public int UserCount => Users.Count;

    /// <summary>Number of items (columns), including catalogue items without interactions.</summary>
    public int ItemCount => Items.Count;

    /// <summary>Number of stored cells.</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>True when every cell carries a timestamp.</summary>
    public bool HasTimestamps => _timestamps is not null;

    /// <summary>CSR row pointers (length UserCount + 1).</summary>
    public ReadOnlySpan<int> RowPointers => _rowPtr;

    /// <summary>CSR column (item) indices.</summary>
    public ReadOnlySpan<int> ColumnIndices => _colIdx;

    /// <summary>CSR values.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>CSC column pointers (length ItemCount + 1).</summary>
    public ReadOnlySpan<int> ColumnPointers => _colPtr;

    /// <summary>CSC row (user) indices.</summary>
    public ReadOnlySpan<int> RowIndices => _rowIdx;

    /// <summary>CSC values.</summary>
    public ReadOnlySpan<double> ColumnValues => _colValues;

    /// <summary>The items of user <paramref name="user"/> (ascending).</summary>
    public ReadOnlySpan<int> RowItems(int user) => _colIdx.AsSpan(_rowPtr[user], _rowPtr[user + 1] - _rowPtr[user]);

    /// <summary>The values of user <paramref name="user"/>'s cells (aligned with <see cref="RowItems"/>).</summary>
    public ReadOnlySpan<double> RowValues(int user) => _values.AsSpan(_rowPtr[user], _rowPtr[user + 1] - _rowPtr[user]);

    /// <summary>The timestamps of user <paramref name="user"/>'s cells (aligned with <see cref="RowItems"/>).</summary>
    public ReadOnlySpan<long> RowTimestamps(int user) =>
        _timestamps is null ? throw new InvalidOperationException("the matrix has no timestamps")
            : _timestamps.AsSpan(_rowPtr[user], _rowPtr[user + 1] - _rowPtr[user]);

    /// <summary>The users of item <paramref name="item"/> (ascending).</summary>
    public ReadOnlySpan<int> ColumnUsers(int item) => _rowIdx.AsSpan(_colPtr[item], _colPtr[item + 1] - _colPtr[item]);

    /// <summary>The values of item <paramref name="item"/>'s cells (aligned with <see cref="ColumnUsers"/>).</summary>
    public ReadOnlySpan<double> ColumnValuesOf(int item) => _colValues.AsSpan(_colPtr[item], _colPtr[item + 1] - _colPtr[item]);

    /// <summary>The stored value at (user, item), or null when there is no interaction.</summary>
    public double? Get(int user, int item)
    {
        var k = RowItems(user).BinarySearch(item);
        return k >= 0 ? RowValues(user)[k] : null;
    }

    /// <summary>Mean of all stored values.</summary>
    public double GlobalMean()
    {
        double sum = 0;
        foreach (var v in _values) sum += v;
        return _values.Length == 0 ? 0 : sum / _values.Length;
    }

    /// <summary>Mean stored value per user (0 for a user without cells).</summary>
    public double[] UserMeans()
    {
        var means = new double[UserCount];
        for (var u = 0; u < UserCount; u++)
        {
            var values = RowValues(u);
            double sum = 0;
            foreach (var v in values) sum += v;
            means[u] = values.Length == 0 ? 0 : sum / values.Length;
        }
        return means;
    }

    /// <summary>The same cells and ids with every value passed through <paramref name="map"/>.</summary>
    public InteractionMatrix MapValues(Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var values = new double[_values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = map(_values[k]);
            if (!double.IsFinite(values[k])) throw new ArgumentException($"the mapped value of {_values[k]} is not finite", nameof(map));
        }
        return new InteractionMatrix(Users, Items, _rowPtr, _colIdx, values, _timestamps);
    }

    /// <summary>
    /// Builds the matrix from interactions. <paramref name="knownItems"/> pre-seeds the item index (e.g. the whole
    /// catalogue, so products nobody touched yet still get a column and catalogue index = column index).
    /// </summary>
    /// <exception cref="ArgumentException">An id is null or empty, or a value is not finite.</exception>
    public static InteractionMatrix Build(
        IEnumerable<Interaction> interactions,
        DuplicateHandling duplicates = DuplicateHandling.Sum,
        IEnumerable<string>? knownItems = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var users = new IdMap();
        var items = knownItems is null ? new IdMap() : IdMap.From(knownItems);
        var u = new List<int>();
        var i = new List<int>();
        var v = new List<double>();
        var t = new List<long>();
        var allTimed = true;
        var n = 0;
        foreach (var x in interactions)
        {
            if (string.IsNullOrEmpty(x.UserId)) throw new ArgumentException($"interaction {n}: the user id is empty", nameof(interactions));
            if (string.IsNullOrEmpty(x.ItemId)) throw new ArgumentException($"interaction {n}: the item id is empty", nameof(interactions));
            if (!double.IsFinite(x.Value)) throw new ArgumentException($"interaction {n}: the value {x.Value} is not a finite number", nameof(interactions));
            u.Add(users.GetOrAdd(x.UserId));
            i.Add(items.GetOrAdd(x.ItemId));
            v.Add(x.Value);
            t.Add(x.Timestamp ?? 0);
            allTimed &= x.Timestamp.HasValue;
            n++;
        }

        // Sort cells by (user, item, timestamp, input order) so duplicates are adjacent and "last" is well defined.
        var order = new int[n];
        for (var k = 0; k < n; k++) order[k] = k;
        Array.Sort(order, (a, b) =>
        {
            var c = u[a].CompareTo(u[b]);
            if (c != 0) return c;
            c = i[a].CompareTo(i[b]);
            if (c != 0) return c;
            c = t[a].CompareTo(t[b]);
            return c != 0 ? c : a.CompareTo(b);
        });

        var rowPtr = new int[users.Count + 1];
        var colIdx = new List<int>(n);
        var values = new List<double>(n);
        var times = new List<long>(n);
        for (var k = 0; k < n; k++)
        {
            var c = order[k];
            var last = colIdx.Count - 1;
            if (k > 0 && u[order[k - 1]] == u[c] && i[order[k - 1]] == i[c])
            {
                values[last] = duplicates == DuplicateHandling.Sum ? values[last] + v[c] : v[c];
                times[last] = Math.Max(times[last], t[c]);
                continue;
            }
            colIdx.Add(i[c]);
            values.Add(v[c]);
            times.Add(t[c]);
            rowPtr[u[c] + 1]++;
        }
        for (var r = 0; r < users.Count; r++) rowPtr[r + 1] += rowPtr[r];
        return new InteractionMatrix(users, items, rowPtr, [.. colIdx], [.. values], allTimed && n > 0 ? [.. times] : null);
    }

    private static (int[] ColPtr, int[] RowIdx, double[] Values) Transpose(int[] rowPtr, int[] colIdx, double[] values, int cols)
    {
        var colPtr = new int[cols + 1];
        foreach (var c in colIdx) colPtr[c + 1]++;
        for (var c = 0; c < cols; c++) colPtr[c + 1] += colPtr[c];
        var next = (int[])colPtr.Clone();
        var rowIdx = new int[colIdx.Length];
        var colValues = new double[colIdx.Length];
        for (var r = 0; r + 1 < rowPtr.Length; r++)
        {
            for (var k = rowPtr[r]; k < rowPtr[r + 1]; k++)
            {
                var at = next[colIdx[k]]++;
                rowIdx[at] = r;
                colValues[at] = values[k];
            }
        }
        return (colPtr, rowIdx, colValues);
    }
}
