using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// The cheap tests that decide whether a DateTime rule's pattern can match a message at all, so that most patterns
/// never run. Each trigger is a string: <c>=word</c> is a whole word of the message, <c>#word</c> a whole word right
/// after a digit literal ("5 pm", "3d"), <see cref="Digit"/> any digit, and anything else a substring of the
/// lower-cased text. A rule runs when the message has a digit (if it needs one) and any one of its other triggers.
/// Each distinct trigger is tested at most once per message (see <see cref="Scan"/>).
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
        var ids = new List<int>(triggers.Length);
        bool digit = false;
        foreach (var t in triggers)
        {
            if (t == Digit) { digit = true; continue; }
            if (t.Length == 0 || (t[0] is '=' or '#' && t.Length == 1)) throw new ArgumentException($"empty trigger in [{string.Join(", ", triggers)}]", nameof(triggers));
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

    /// <summary>Trigger results for one message, each computed on first use.</summary>
    public sealed class Scan
    {
        private readonly List<string> _known;
        private readonly string _lower;
        private readonly List<Token> _tokens;
        private readonly sbyte[] _memo;

        /// <param name="table">The compiled triggers.</param>
        /// <param name="lower">The lower-cased message the patterns run on.</param>
        /// <param name="tokens">The tokens of the same message (words are lower-cased).</param>
        public Scan(RuleTriggers table, string lower, List<Token> tokens)
        {
            _known = table._known;
            _lower = lower;
            _tokens = tokens;
            HasDigit = lower.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            _memo = new sbyte[_known.Count];
        }

        /// <summary>Whether the message has a digit.</summary>
        public bool HasDigit { get; }

        /// <summary>Whether a rule with these triggers can match.</summary>
        public bool Allows(int[] ids, bool needsDigit)
        {
            if (needsDigit && !HasDigit) return false;
            if (ids.Length == 0) return true;
            foreach (int id in ids)
                if (Has(id)) return true;
            return false;
        }

        private bool Has(int id)
        {
            if (_memo[id] != 0) return _memo[id] > 0;
            bool found = Test(_known[id]);
            _memo[id] = found ? (sbyte)1 : (sbyte)-1;
            return found;
        }

        private bool Test(string trigger)
        {
            switch (trigger[0])
            {
                case '=':
                {
                    var w = trigger.AsSpan(1);
                    foreach (var t in _tokens)
                        if (t.Kind == TokenKind.Word && w.SequenceEqual(t.Lower)) return true;
                    return false;
                }
                case '#':
                {
                    if (!HasDigit) return false;
                    var w = trigger.AsSpan(1);
                    for (int i = 1; i < _tokens.Count; i++)
                        if (_tokens[i].Kind == TokenKind.Word && _tokens[i - 1].Kind == TokenKind.Digits && w.SequenceEqual(_tokens[i].Lower)) return true;
                    return false;
                }
                default:
                    return _lower.Contains(trigger, StringComparison.Ordinal);
            }
        }
    }
}
