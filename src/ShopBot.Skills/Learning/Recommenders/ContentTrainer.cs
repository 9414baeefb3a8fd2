namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Builds TF-IDF vectors of catalogue items. Features: the words of the name, category, brand and attribute values,
/// plus whole-value features ("category=audio", "brand=acme", "colour=black"). Weight = tf * idf with
/// idf = ln((1 + N) / (1 + df)) + 1 (smoothed, never zero), each vector L2-normalised so a dot product is a cosine.
/// </summary>
public sealed class ContentTrainer(ContentOptions? options = null)
{
    private readonly ContentOptions _options = options ?? new ContentOptions();

    /// <summary>Vectorises the catalogue; item index = position in <paramref name="catalogue"/>.</summary>
    /// <exception cref="ArgumentException">An item is null, has an empty id, or an id repeats.</exception>
    public ContentModel Fit(IReadOnlyList<ItemInfo> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _options.Validate();
        var items = new IdMap();
        var vocabulary = new IdMap();
        var bags = new List<Dictionary<int, double>>(catalogue.Count);
        foreach (var item in catalogue)
        {
            if (item is null || string.IsNullOrEmpty(item.Id)) throw new ArgumentException("every catalogue item needs an id", nameof(catalogue));
            if (items.TryGetIndex(item.Id, out _)) throw new ArgumentException($"item id '{item.Id}' occurs twice", nameof(catalogue));
            items.GetOrAdd(item.Id);
            var bag = new Dictionary<int, double>();
            foreach (var t in Words(item)) Add(bag, vocabulary.GetOrAdd(t), 1);
            foreach (var f in Fields(item)) Add(bag, vocabulary.GetOrAdd(f), _options.FieldWeight);
            bags.Add(bag);
        }

        var df = new int[vocabulary.Count];
        foreach (var bag in bags) foreach (var term in bag.Keys) df[term]++;
        var idf = new double[vocabulary.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = Math.Log((1.0 + bags.Count) / (1.0 + df[t])) + 1;

        var ptr = new int[bags.Count + 1];
        var terms = new List<int>();
        var weights = new List<double>();
        for (var i = 0; i < bags.Count; i++)
        {
            var entries = bags[i].Where(e => e.Value > 0).OrderBy(e => e.Key).ToList();
            var norm = Math.Sqrt(entries.Sum(e => Math.Pow(e.Value * idf[e.Key], 2)));
            foreach (var (term, tf) in entries)
            {
                terms.Add(term);
                weights.Add(tf * idf[term] / norm);
            }
            ptr[i + 1] = terms.Count;
        }
        return new ContentModel(items, vocabulary.Count, ptr, [.. terms], [.. weights]);
    }

    private static void Add(Dictionary<int, double> bag, int term, double weight) =>
        bag[term] = bag.GetValueOrDefault(term) + weight;

    private static IEnumerable<string> Words(ItemInfo item)
    {
        var texts = new List<string?> { item.Name, item.Category, item.Brand };
        if (item.Attributes is not null) texts.AddRange(item.Attributes.Values);
        return texts.SelectMany(ContentTokenizer.Tokens);
    }

    private static IEnumerable<string> Fields(ItemInfo item)
    {
        if (Whole(item.Category) is { } c) yield return "category=" + c;
        if (Whole(item.Brand) is { } b) yield return "brand=" + b;
        if (item.Attributes is null) yield break;
        foreach (var (key, value) in item.Attributes)
            if (Whole(key) is { } k && Whole(value) is { } v) yield return k + "=" + v;
    }

    private static string? Whole(string? value) =>
        ContentTokenizer.Tokens(value).ToList() is { Count: > 0 } tokens ? string.Join(' ', tokens) : null;
}
