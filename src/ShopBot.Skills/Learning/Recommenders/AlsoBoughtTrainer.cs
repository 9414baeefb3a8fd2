namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Counts, for every pair of items, the shoppers who bought both, and keeps each item's best partners.</summary>
public sealed class AlsoBoughtTrainer(AlsoBoughtOptions? options = null)
{
    private readonly AlsoBoughtOptions _options = options ?? new AlsoBoughtOptions();

    /// <summary>Fits on a purchase matrix: any cell with a positive value counts as "bought" (once per shopper).</summary>
    public AlsoBoughtModel Fit(InteractionMatrix purchases)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        _options.Validate();
        var nItems = purchases.ItemCount;
        var buyers = new int[nItems];
        var buyersOverall = 0;
        for (var u = 0; u < purchases.UserCount; u++)
        {
            var bought = false;
            var items = purchases.RowItems(u);
            var values = purchases.RowValues(u);
            for (var k = 0; k < items.Length; k++)
                if (values[k] > 0) { buyers[items[k]]++; bought = true; }
            if (bought) buyersOverall++;
        }

        var counts = new int[nItems];
        var touched = new List<int>();
        var scores = new double[nItems];
        var pick = new int[_options.MaxPerItem];
        var ptr = new int[nItems + 1];
        var partners = new List<int>();
        var partnerCounts = new List<int>();
        var partnerScores = new List<double>();
        for (var a = 0; a < nItems; a++)
        {
            var users = purchases.ColumnUsers(a);
            var userValues = purchases.ColumnValuesOf(a);
            for (var x = 0; x < users.Length; x++)
            {
                if (userValues[x] <= 0) continue;
                var items = purchases.RowItems(users[x]);
                var values = purchases.RowValues(users[x]);
                for (var k = 0; k < items.Length; k++)
                {
                    var b = items[k];
                    if (b == a || values[k] <= 0) continue;
                    if (counts[b]++ == 0) touched.Add(b);
                }
            }
            for (var t = 0; t < touched.Count; t++)
            {
                var b = touched[t];
                var c = counts[b];
                scores[t] = c < _options.MinCoPurchases ? double.NaN : _options.Normalization switch
                {
                    CoPurchaseNormalization.Lift => (double)c * buyersOverall / ((double)buyers[a] * buyers[b]),
                    _ => c / Math.Sqrt((double)buyers[a] * buyers[b]),
                };
            }
            var n = TopK.Select(scores.AsSpan(0, touched.Count), pick);
            for (var p = 0; p < n; p++)
            {
                var b = touched[pick[p]];
                partners.Add(b);
                partnerCounts.Add(counts[b]);
                partnerScores.Add(scores[pick[p]]);
            }
            ptr[a + 1] = partners.Count;
            foreach (var b in touched) counts[b] = 0;
            touched.Clear();
        }
        return new AlsoBoughtModel(purchases.Items, ptr, [.. partners], [.. partnerCounts], [.. partnerScores]);
    }
}
