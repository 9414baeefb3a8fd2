namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// Finds values of list entities (colour, size, product_type...) by their canonical names and synonyms, with typos
/// forgiven (Damerau-Levenshtein at most 1 for words of 4-7 letters, 2 for longer). Type = the list's name,
/// resolution <c>{value: canonical, typos}</c>. Values of one or two letters ("m", "xl") count only when written in
/// capitals or after the word "size". Sizes that are everyday words ("small", "large", "double", "single", "king") need a
/// cue, because complaints use them all the time ("double charged", "every single time", "a large amount"): "size" or
/// "in" before, "size" after, a product type after ("a small hoodie", "double duvet"), an article before and the
/// message's end or "one" after ("i'd like a large"), or a message of at most three words (a reply to "which size?");
/// never after a degree word ("a size too small"). Number words are never typos of a
/// value ("ten" is not "tent").
/// </summary>
public sealed class ListEntityRecognizer : IEntityRecognizer
{
    private static readonly HashSet<string> NoFuzzy = new(StringComparer.Ordinal)
    {
        "with", "have", "that", "this", "what", "when", "where", "from", "your", "them", "they", "there", "want", "need",
        "like", "just", "much", "many", "some", "more", "less", "than", "then", "will", "would", "could", "should",
        "order", "orders", "please", "thanks", "hello", "about", "which", "size", "sizes", "colour", "color", "bought",
        // Common short words one letter away from a synonym ("can" / "cans", "get" / "gets"): real words, not typos.
        "can", "cant", "are", "was", "has", "had", "get", "got", "buy", "way", "day", "say", "pay", "see", "use", "one", "two",
        "for", "the", "and", "but", "not", "all", "any", "our", "out", "off", "own", "too", "lot", "let", "new", "now",
        // Frequent words of the intent training data that are one typo from a colour or product type ("stock" / "socks",
        // "show" / "shoes", "good" / "gold", "back" / "black"): found by running the recognizer over every word used twice
        // or more in dialogs/intents and dialogs/knowledge (ShortWordTypoTests keeps them out).
        "back", "came", "charge", "charged", "charges", "chat", "cost", "costs", "good", "mind", "pass", "pick", "pin", "sale",
        "save", "shop", "shops", "show", "stock", "team", "tell", "write", "while", "same", "parts", "plug",
        "cat", "cats", "kind", "safe", "shows", "text",
    };

    /// <summary>The list whose everyday-word values need a cue (<see cref="SizeCueOk"/>).</summary>
    private const string SizeList = "size";

    /// <summary>The list whose values count as a cue after a size word.</summary>
    private const string ProductTypeList = "product_type";

    private static readonly HashSet<string> EverydaySizeWords = new(StringComparer.Ordinal)
    {
        "small", "medium", "large", "single", "double", "queen", "king", "youth",
    };

    private static readonly HashSet<string> DegreeWords = new(StringComparer.Ordinal)
    {
        "too", "very", "so", "quite", "bit", "really", "way", "slightly", "rather", "far", "much", "every", "pretty", "fairly",
    };

    private readonly FuzzyPhraseIndex<(string Entity, string Canonical)> _index = new();
    private readonly FuzzyPhraseIndex<string> _phraseWords = new();
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    /// <summary>Creates a recognizer over the given lists.</summary>
    public ListEntityRecognizer(IEnumerable<ListEntity> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        foreach (var list in lists)
            foreach (var (canonical, synonyms) in list.Values)
            {
                foreach (var s in synonyms.Append(canonical))
                {
                    _index.Add(s, (list.Name, canonical));
                    var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length > 1)
                    {
                        foreach (var w in words) _phraseWords.Add(w, w);
                        _firstWords.Add(words[0].ToLowerInvariant());
                    }
                }
            }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordSpan.Split(text);
        var lowers = words.Select(w => w.Lower).ToArray();
        var result = new List<EntityMatch>();
        for (int i = 0; i < words.Count;)
        {
            int matched = 0;
            string first = lowers[i];
            bool multi = _firstWords.Contains(first)
                         || (!_phraseWords.TryExact(first, out _) && first.Length >= 4 && _phraseWords.TryFuzzy(first, out var nf, out _) && _firstWords.Contains(nf));
            for (int n = multi ? Math.Min(_index.MaxWords, words.Count - i) : 1; n >= 1 && matched == 0; n--)
            {
                var key = n == 1 ? first : string.Join(' ', lowers, i, n);
                if (_index.TryExact(key, out var hit) && ShortOk(text, words, i, key) && (n > 1 || hit.Entity != SizeList || SizeCueOk(lowers, i)))
                {
                    Add(result, text, words[i].Start, words[i + n - 1].End, hit, 0);
                    matched = n;
                }
                else if (n > 1 && FuzzyKey(words, i, n, out var fuzzyKey, out int typos) && _index.TryExact(fuzzyKey, out hit))
                {
                    Add(result, text, words[i].Start, words[i + n - 1].End, hit, typos);
                    matched = n;
                }
            }
            if (matched == 0 && !NoFuzzy.Contains(words[i].Lower) && !char.IsDigit(words[i].Lower[0])
                && !Numbers.NumberWords.IsCardinalWord(words[i].Lower) && !Numbers.NumberWords.Ordinals.ContainsKey(words[i].Lower)
                && _index.TryFuzzy(words[i].Lower, out var fuzzy, out int d) && (fuzzy.Entity != SizeList || SizeCueOk(lowers, i)))
            {
                Add(result, text, words[i].Start, words[i].End, fuzzy, d);
                matched = 1;
            }
            i += Math.Max(1, matched);
        }
        return result;
    }

    /// <summary>The words of a multi-word phrase each mapped to a phrase word, exactly or within its typos.</summary>
    private bool FuzzyKey(List<WordSpan> words, int i, int n, out string key, out int typos)
    {
        key = "";
        typos = 0;
        var parts = new string[n];
        for (int k = 0; k < n; k++)
        {
            var w = words[i + k].Lower;
            if (_phraseWords.TryExact(w, out var exact)) parts[k] = exact;
            else if (_phraseWords.TryFuzzy(w, out var near, out int d)) { parts[k] = near; typos += d; }
            else return false;
        }
        if (typos == 0) return false;
        key = string.Join(' ', parts);
        return true;
    }

    /// <summary>An everyday word read as a size only with a cue around it (see the class summary).</summary>
    private bool SizeCueOk(string[] lowers, int i)
    {
        if (!EverydaySizeWords.Contains(lowers[i])) return true;
        string before = i > 0 ? lowers[i - 1] : "", after = i + 1 < lowers.Length ? lowers[i + 1] : "";
        if (DegreeWords.Contains(before)) return false;
        if (before is "size" or "in" or "sized" || after is "size" or "sized") return true;
        if (after.Length > 0 && _index.TryExact(after, out var next) && next.Entity == ProductTypeList) return true;
        // "i'd like a large", "the medium one please": an article before, nothing or "one"/"please" after.
        if (before is "a" or "the" && after is "" or "one" or "please" or "pls") return true;
        return lowers.Length <= 3;
    }

    private static bool ShortOk(string text, List<WordSpan> words, int i, string key)
    {
        if (key.Length > 2) return true;
        var original = text.AsSpan(words[i].Start, words[i].End - words[i].Start);
        bool upper = true;
        foreach (var c in original) if (char.IsLetter(c) && !char.IsUpper(c)) upper = false;
        return (upper && original.Length > 0 && !(original.Length == 1 && original[0] == 'I')) || (i > 0 && words[i - 1].Lower == "size");
    }

    private static void Add(List<EntityMatch> result, string text, int s, int e, (string Entity, string Canonical) hit, int typos) =>
        result.Add(new EntityMatch(text[s..e], s, e - 1, hit.Entity, new Dictionary<string, object?>
        {
            ["value"] = hit.Canonical,
            ["typos"] = typos,
        }));
}
