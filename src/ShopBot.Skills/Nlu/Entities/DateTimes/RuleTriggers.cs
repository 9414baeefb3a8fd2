using System.Buffers;
using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// The cheap tests that decide whether a DateTime rule's pattern can match a message at all, so that most patterns
/// never run. Each trigger is a string: <c>=word</c> is a whole word of the message, <c>#word</c> a whole word right
/// after a digit literal ("5 pm", "3d"), <c>&lt;word</c> a whole word or symbol right before one ("to 5", "- 3"),
/// <see cref="Digit"/> any digit, and anything else a substring of the lower-cased text. A rule runs when the message has a digit (if it needs one) and any one of its other triggers.
/// All triggers of a message are found in one pass over its words and characters (see <see cref="Scan"/>).
/// </summary>
internal sealed class RuleTriggers
{
    /// <summary>The trigger "the text has a digit".</summary>
    public const string Digit = "\u0001";

    private readonly List<string> _known = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>How many distinct triggers the rules use.</summary>
    public int Count => _known.Count;

    /// <summary>
    /// The ids of <paramref name="triggers"/> other than <see cref="Digit"/>, and whether <see cref="Digit"/> was among
    /// them. Called while the rule table is built, before any <see cref="Scan"/> exists (not thread-safe).
    /// </summary>
    public (int[] Ids, bool NeedsDigit) Compile(string[] triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        if (_lookup is not null) throw new InvalidOperationException("triggers are compiled before the first message is scanned");
        var ids = new List<int>(triggers.Length);
        bool digit = false;
        foreach (var t in triggers)
        {
            if (t == Digit) { digit = true; continue; }
            if (t.Length == 0 || (t[0] is '=' or '#' or '<' && t.Length == 1)) throw new ArgumentException($"empty trigger in [{string.Join(", ", triggers)}]", nameof(triggers));
            // messages are matched lower-cased: a trigger with a capital letter could never hold
            if (t.Any(char.IsUpper)) throw new ArgumentException($"trigger '{t}' has a capital letter; triggers are lower-case", nameof(triggers));
            if (!_ids.TryGetValue(t, out int id))
            {
                id = _known.Count;
                _known.Add(t);
                _ids[t] = id;
            }
            if (!ids.Contains(id)) ids.Add(id);
        }
        return ([.. ids], digit);
    }

    /// <summary>The given words, each as a whole-word trigger.</summary>
    public static string[] Words(params string[] words) => [.. words.Select(w => "=" + w)];

    /// <summary>The words and their plurals (an "s" added), each as a whole-word trigger.</summary>
    public static string[] WordsAndPlurals(params string[] words) => [.. words.SelectMany(w => new[] { "=" + w, "=" + w + "s" })];

    private Lookup? _lookup;

    /// <summary>The compiled triggers arranged for one pass over a message; built on first use (after every Compile).</summary>
    private Lookup GetLookup() => _lookup ??= new Lookup(_known);

    /// <summary>The triggers arranged for one pass: words in a dictionary, substrings found together by SearchValues.</summary>
    private sealed class Lookup
    {
        public readonly int Count;
        public readonly Dictionary<string, int[]> Words = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int[]> WordsAfterDigits = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int[]> WordsBeforeDigits = new(StringComparer.Ordinal);
        public readonly Dictionary<char, (string Text, int Id)[]> SubstringsByFirst = [];
        public readonly SearchValues<string> Substrings;
        public readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> WordSpans;
        public readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> WordAfterDigitSpans;
        public readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> WordBeforeDigitSpans;

        public Lookup(List<string> known)
        {
            Count = known.Count;
            var words = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var afterDigits = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var beforeDigits = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var byFirst = new Dictionary<char, List<(string, int)>>();
            for (int id = 0; id < known.Count; id++)
            {
                var t = known[id];
                var (map, key) = t[0] switch { '=' => (words, t[1..]), '#' => (afterDigits, t[1..]), '<' => (beforeDigits, t[1..]), _ => (null, t) };
                if (map is not null)
                {
                    if (!map.TryGetValue(key, out var ids)) map[key] = ids = [];
                    ids.Add(id);
                    continue;
                }
                if (!byFirst.TryGetValue(t[0], out var list)) byFirst[t[0]] = list = [];
                list.Add((t, id));
            }
            foreach (var (k, v) in words) Words[k] = [.. v];
            foreach (var (k, v) in afterDigits) WordsAfterDigits[k] = [.. v];
            foreach (var (k, v) in beforeDigits) WordsBeforeDigits[k] = [.. v];
            foreach (var (k, v) in byFirst) SubstringsByFirst[k] = [.. v];
            Substrings = SearchValues.Create([.. byFirst.Values.SelectMany(l => l.Select(x => x.Item1))], StringComparison.Ordinal);
            WordSpans = Words.GetAlternateLookup<ReadOnlySpan<char>>();
            WordAfterDigitSpans = WordsAfterDigits.GetAlternateLookup<ReadOnlySpan<char>>();
            WordBeforeDigitSpans = WordsBeforeDigits.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>
    /// Which triggers hold for one message, all found in one pass: a dictionary look-up per word and a vectorised
    /// search for the substrings (linear in the length of the message).
    /// </summary>
    public sealed class Scan
    {
        private readonly bool[] _present;

        /// <param name="table">The compiled triggers.</param>
        /// <param name="lower">The lower-cased message the patterns run on.</param>
        /// <param name="tokens">The tokens of the same message (words are lower-cased).</param>
        public Scan(RuleTriggers table, string lower, List<Token> tokens)
        {
            var lookup = table.GetLookup();
            _present = new bool[lookup.Count];
            HasDigit = lower.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Digits && tokens[i].Kind != TokenKind.Digits
                    && lookup.WordBeforeDigitSpans.TryGetValue(tokens[i].Lower, out var before)) Mark(before);
                if (tokens[i].Kind != TokenKind.Word) continue;
                if (lookup.WordSpans.TryGetValue(tokens[i].Lower, out var ids)) Mark(ids);
                if (i > 0 && tokens[i - 1].Kind == TokenKind.Digits && lookup.WordAfterDigitSpans.TryGetValue(tokens[i].Lower, out ids)) Mark(ids);
            }
            var text = lower.AsSpan();
            int at = 0;
            while (at < text.Length)
            {
                int k = text[at..].IndexOfAny(lookup.Substrings);
                if (k < 0) break;
                at += k;
                foreach (var (t, id) in lookup.SubstringsByFirst[text[at]])
                    if (text[at..].StartsWith(t, StringComparison.Ordinal)) _present[id] = true;
                at++;
            }
        }

        private void Mark(int[] ids)
        {
            foreach (int id in ids) _present[id] = true;
        }

        /// <summary>Whether the message has a digit.</summary>
        public bool HasDigit { get; }

        /// <summary>Whether a rule with these triggers can match.</summary>
        public bool Allows(int[] ids, bool needsDigit)
        {
            if (needsDigit && !HasDigit) return false;
            if (ids.Length == 0) return true;
            foreach (int id in ids)
                if (_present[id]) return true;
            return false;
        }
    }
}
