namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Selection of the k best-scoring indices with a small min-heap: O(n log k), no allocation beyond the result.</summary>
internal static class TopK
{
    /// <summary>
    /// Writes into <paramref name="result"/> the indices of the largest scores (descending; ties by lower index),
    /// skipping NaN and indices where <paramref name="excluded"/> is true. Returns how many were written.
    /// </summary>
    public static int Select(ReadOnlySpan<double> scores, Span<int> result, ReadOnlySpan<bool> excluded = default)
    {
        var k = result.Length;
        var size = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            if (double.IsNaN(s) || (!excluded.IsEmpty && excluded[i])) continue;
            if (size < k)
            {
                result[size] = i;
                SiftUp(scores, result, size++);
            }
            else if (k > 0 && Better(scores, i, result[0]))
            {
                result[0] = i;
                SiftDown(scores, result[..size], 0);
            }
        }
        // Heap-sort the heap in place: repeatedly move the worst to the end.
        for (var end = size - 1; end > 0; end--)
        {
            (result[0], result[end]) = (result[end], result[0]);
            SiftDown(scores, result[..end], 0);
        }
        return size;
    }

    private static bool Better(ReadOnlySpan<double> s, int a, int b) => s[a] > s[b] || (s[a] == s[b] && a < b);

    private static void SiftUp(ReadOnlySpan<double> s, Span<int> heap, int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Better(s, heap[parent], heap[at])) break;
            (heap[parent], heap[at]) = (heap[at], heap[parent]);
            at = parent;
        }
    }

    private static void SiftDown(ReadOnlySpan<double> s, Span<int> heap, int at)
    {
        while (true)
        {
            var l = 2 * at + 1;
            if (l >= heap.Length) return;
            var worst = l;
            if (l + 1 < heap.Length && Better(s, heap[l], heap[l + 1])) worst = l + 1;
            if (!Better(s, heap[at], heap[worst])) return;
            (heap[at], heap[worst]) = (heap[worst], heap[at]);
            at = worst;
        }
    }
}
