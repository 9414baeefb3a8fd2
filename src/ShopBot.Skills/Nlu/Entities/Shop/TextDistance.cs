namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>Damerau-Levenshtein distance (optimal string alignment) with an early exit above a bound.</summary>
public static class TextDistance
{
    /// <summary>
    /// The typo distance allowed for a term of this length: 0 up to 3 letters, 1 for 4-7 letters, 2 for 8 or more.
    /// </summary>
    public static int AllowedTypos(int termLength) => termLength < 4 ? 0 : termLength <= 7 ? 1 : 2;

    /// <summary>Edit distance counting insertions, deletions, substitutions and adjacent transpositions; returns max+1 when above <paramref name="max"/>.</summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        int w = b.Length + 1;
        Span<int> buffer = w * 3 <= 768 ? stackalloc int[w * 3] : new int[w * 3];
        var prev2 = buffer[..w];
        var prev = buffer.Slice(w, w);
        var cur = buffer.Slice(2 * w, w);
        for (int j = 0; j < w; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.Length] > max ? max + 1 : prev[b.Length];
    }
}
