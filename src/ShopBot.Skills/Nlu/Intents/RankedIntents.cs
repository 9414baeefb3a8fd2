using System.Collections;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Intents ranked by descending probability (ties by label order), built lazily: the first <see cref="Head"/> ranks are
/// selected in O(classes × Head) when created, the full order is sorted only when a later rank is read. Callers that
/// need the top few (fallback, top five) pay neither a full sort nor one record per class. Thread-safe to read.
/// </summary>
internal sealed class RankedIntents : IReadOnlyList<IntentScore>
{
    private const int Head = 8;
    private readonly string[] _labels;
    private readonly double[] _probabilities;
    private readonly int[] _head;
    private int[]? _order;

    public RankedIntents(string[] labels, double[] probabilities)
    {
        _labels = labels;
        _probabilities = probabilities;
        int k = Math.Min(Head, probabilities.Length);
        _head = new int[k];
        int filled = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            // Insertion into the sorted head; an index only enters when strictly better than the last kept one.
            if (filled == k && !Before(i, _head[k - 1])) continue;
            int j = filled < k ? filled++ : k - 1;
            while (j > 0 && Before(i, _head[j - 1]))
            {
                _head[j] = _head[j - 1];
                j--;
            }
            _head[j] = i;
        }
    }

    public int Count => _probabilities.Length;

    public IntentScore this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_probabilities.Length) throw new ArgumentOutOfRangeException(nameof(index));
            int label = index < _head.Length ? _head[index] : FullOrder()[index];
            return new IntentScore(_labels[label], _probabilities[label]);
        }
    }

    public IEnumerator<IntentScore> GetEnumerator()
    {
        for (int i = 0; i < _probabilities.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool Before(int a, int b) => _probabilities[a] > _probabilities[b] || (_probabilities[a] == _probabilities[b] && a < b);

    private int[] FullOrder()
    {
        var order = Volatile.Read(ref _order);
        if (order is not null) return order;
        order = new int[_probabilities.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
        Volatile.Write(ref _order, order);
        return order;
    }
}
