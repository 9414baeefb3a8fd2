namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// Finds catalogue products and brands in a message, forgiving typos and synonyms: each word is first mapped to
/// a catalogue word (exactly or within the allowed typos) or, through the list entities, to its canonical value
/// ("hoody" -> "hoodie", "blu" -> "blue"); then the longest run of words that spells a whole product name (with
/// or without its leading brand) wins. Types <c>product</c> (resolution <c>{value: id, name}</c>) and <c>brand</c>.
/// The catalogue is read once, at construction.
/// </summary>
public sealed class ProductRecognizer : IEntityRecognizer
{
    private readonly FuzzyPhraseIndex<string> _vocabulary = new();
    private readonly FuzzyPhraseIndex<string> _synonyms = new();
    private readonly Dictionary<string, (string Id, string Name)> _products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _brands = new(StringComparer.Ordinal);

    // first word of every product or brand key -> the most words a key starting with it has
    private readonly Dictionary<string, int> _starts = new(StringComparer.Ordinal);

    /// <summary>Creates a recognizer over a catalogue, with list entities as synonyms (may be empty).</summary>
    public ProductRecognizer(ICatalogTerms catalog, IEnumerable<ListEntity> lists)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(lists);
        foreach (var list in lists)
            foreach (var (canonical, synonyms) in list.Values)
                foreach (var s in synonyms.Append(canonical))
                    _synonyms.Add(s, canonical);
        var brandKeys = new List<string>();
        foreach (var brand in catalog.Brands)
        {
            var words = WordSpan.Split(brand).Select(w => w.Lower).ToList();
            if (words.Count == 0) continue;
            foreach (var w in words) _vocabulary.Add(w, w);
            var key = string.Join(' ', words);
            _brands[key] = brand;
            brandKeys.Add(key + " ");
            AddStart(key);
        }
        foreach (var (id, name) in catalog.Products)
        {
            var words = WordSpan.Split(name).Select(w => w.Lower).ToList();
            if (words.Count == 0) continue;
            foreach (var w in words) _vocabulary.Add(w, w);
            var key = string.Join(' ', words);
            _products.TryAdd(key, (id, name));
            AddStart(key);
            foreach (var b in brandKeys)
                if (key.StartsWith(b, StringComparison.Ordinal) && _products.TryAdd(key[b.Length..], (id, name))) AddStart(key[b.Length..]);
        }
    }

    private void AddStart(string key)
    {
        var parts = key.Split(' ');
        _starts[parts[0]] = Math.Max(parts.Length, _starts.GetValueOrDefault(parts[0]));
    }

    private string Normalize(string word)
    {
        if (_vocabulary.TryExact(word, out var v)) return v;
        if (_synonyms.TryExact(word, out var c) && !c.Contains(' ')) return c;
        if (!char.IsDigit(word[0]))
        {
            if (_vocabulary.TryFuzzy(word, out v, out _)) return v;
            if (_synonyms.TryFuzzy(word, out c, out _) && !c.Contains(' ')) return c;
        }
        return word;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordSpan.Split(text);
        var norm = new string[words.Count];
        for (int k = 0; k < norm.Length; k++) norm[k] = Normalize(words[k].Lower);
        var result = new List<EntityMatch>();
        for (int i = 0; i < words.Count;)
        {
            int matched = 0;
            // only a word that starts some product or brand name can start a match
            int longest = _starts.GetValueOrDefault(norm[i]);
            for (int n = Math.Min(longest, words.Count - i); n >= 1 && matched == 0; n--)
            {
                var key = n == 1 ? norm[i] : string.Join(' ', norm, i, n);
                int s = words[i].Start, e = words[i + n - 1].End;
                if (_products.TryGetValue(key, out var p))
                {
                    result.Add(new EntityMatch(text[s..e], s, e - 1, "product", new Dictionary<string, object?> { ["value"] = p.Id, ["name"] = p.Name }));
                    matched = n;
                }
                else if (_brands.TryGetValue(key, out var brand))
                {
                    result.Add(new EntityMatch(text[s..e], s, e - 1, "brand", new Dictionary<string, object?> { ["value"] = brand }));
                    matched = n;
                }
            }
            i += Math.Max(1, matched);
        }
        return result;
    }
}
