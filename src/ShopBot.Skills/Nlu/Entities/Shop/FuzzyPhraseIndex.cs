namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// Phrases (one to four words) mapped to a payload, looked up exactly, and single words looked up with typos
/// (Damerau-Levenshtein within <see cref="TextDistance.AllowedTypos"/> of the indexed word's length). Fuzzy
/// candidates are bucketed by first letter, so a typo in the first letter is only forgiven when it is a swap of
/// the first two letters.
/// </summary>
internal sealed class FuzzyPhraseIndex<T>
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Word, T Payload)>> _byFirst = [];

    private const int MaxCached = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Found, T Payload, int Distance)> _fuzzyCache = new(StringComparer.Ordinal);

    public int MaxWords { get; private set; } = 1;

    public void Add(string phrase, T payload)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        var key = string.Join(' ', words);
        _exact.TryAdd(key, payload);
        MaxWords = Math.Max(MaxWords, words.Length);
        if (words.Length == 1 && key.Length >= 4)
        {
            foreach (var first in key.Length > 1 ? [key[0], key[1]] : new[] { key[0] })
            {
                if (!_byFirst.TryGetValue(first, out var list)) _byFirst[first] = list = [];
                list.Add((key, payload));
            }
        }
    }

    public bool TryExact(string key, out T payload) => _exact.TryGetValue(key, out payload!);

    /// <summary>The closest indexed word within its allowed typos; ties go to the first added.</summary>
    public bool TryFuzzy(string word, out T payload, out int distance)
    {
        if (_fuzzyCache.TryGetValue(word, out var cached))
        {
            payload = cached.Payload;
            distance = cached.Distance;
            return cached.Found;
        }
        bool found = Search(word, out payload, out distance);
        if (_fuzzyCache.Count < MaxCached) _fuzzyCache.TryAdd(word, (found, payload, distance));
        return found;
    }

    private bool Search(string word, out T payload, out int distance)
    {
        payload = default!;
        distance = int.MaxValue;
        if (word.Length < 3 || !_byFirst.TryGetValue(word[0], out var list)) return false;
        bool found = false;
        foreach (var (w, p) in list)
        {
            int allowed = TextDistance.AllowedTypos(Math.Max(w.Length, word.Length));
            if (allowed == 0 || Math.Abs(w.Length - word.Length) > allowed) continue;
            if (w[0] != word[0] && !(w.Length > 1 && word.Length > 1 && w[0] == word[1] && w[1] == word[0])) continue;
            int d = TextDistance.DamerauLevenshtein(word, w, allowed);
            if (d <= allowed && d < distance)
            {
                distance = d;
                payload = p;
                found = true;
                if (d == 1 && allowed == 1) break;
            }
        }
        return found;
    }
}
