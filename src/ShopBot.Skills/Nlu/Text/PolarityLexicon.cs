using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// Lists of positive and negative English words, kept as Porter2 stems, with optional modifier lists. A featurizer
/// given a lexicon adds four columns to every vector: the weighted number of positive words, negative words, negated
/// positive words and negated negative words, so a sentiment model learns four weights that carry over to words its
/// training sentences never contained. Each hit counts 1, times <see cref="IntensifierFactor"/> after an intensifier
/// ("very good"), <see cref="DowntonerFactor"/> after a downtoner ("slightly disappointing"),
/// <see cref="ConcessiveFactor"/> inside a concessive clause ("although the acting is good, ..." up to clause
/// punctuation), and, around a contrast word ("good, but dull"), <see cref="BeforeContrastFactor"/> before it and
/// <see cref="AfterContrastFactor"/> after it. The factors are fixed from general knowledge of English (the clause
/// after "but" carries the writer's verdict; they follow the values of the VADER rules, Hutto and Gilbert 2014), not
/// fitted to any data. Text format: <c>[positive]</c>, <c>[negative]</c>, <c>[intensifier]</c>, <c>[downtoner]</c>,
/// <c>[contrast]</c> and <c>[concessive]</c> sections of whitespace-separated words; <c>#</c> starts a comment.
/// </summary>
public sealed class PolarityLexicon
{
    /// <summary>Weight of a polar word right after an intensifier.</summary>
    public const float IntensifierFactor = 1.5f;

    /// <summary>Weight of a polar word right after a downtoner.</summary>
    public const float DowntonerFactor = 0.5f;

    /// <summary>Weight of polar words before a contrast word (the conceded part).</summary>
    public const float BeforeContrastFactor = 0.5f;

    /// <summary>Weight of polar words after a contrast word (the verdict).</summary>
    public const float AfterContrastFactor = 1.5f;

    /// <summary>Weight of polar words inside a concessive clause (from the concessive word to clause punctuation).</summary>
    public const float ConcessiveFactor = 0.5f;

    /// <summary>Bumped when the counting rules change, so fingerprints (and the model caches keyed by them) change too.</summary>
    private const string RulesVersion = "rules-2";

    private const byte PositiveKind = 1, NegativeKind = 2, IntensifierKind = 3, DowntonerKind = 4, ContrastKind = 5, ConcessiveKind = 6;

    [ThreadStatic] private static char[]? t_text;

    // The sums of the last text this thread counted with a lexicon: the featurizer and the sentiment model's lexicon
    // blend count the same string instance one after the other (strings are immutable, so the sums are the same).
    [ThreadStatic] private static string? t_lastText;
    [ThreadStatic] private static PolarityLexicon? t_lastLexicon;
    [ThreadStatic] private static float t_last0, t_last1, t_last2, t_last3;

    private readonly string[] _positive;
    private readonly string[] _negative;
    private readonly string[] _positiveWords;
    private readonly string[] _negativeWords;
    private readonly string[] _intensifiers;
    private readonly string[] _downtoners;
    private readonly string[] _contrast;
    private readonly string[] _concessive;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _kinds;

    // The same kinds keyed by the hashing pass's full word hash, for counting from a WordLog; null in the (never seen)
    // case of two listed stems sharing a 32-bit hash, when counting falls back to a pass over the text.
    private readonly Dictionary<uint, byte>? _hashKinds;

    /// <summary>Builds a lexicon from words (lower-cased and stemmed here; duplicates removed); the modifier lists are optional.</summary>
    public PolarityLexicon(IEnumerable<string> positive, IEnumerable<string> negative, IEnumerable<string>? intensifiers = null,
        IEnumerable<string>? downtoners = null, IEnumerable<string>? contrast = null, IEnumerable<string>? concessive = null)
    {
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentNullException.ThrowIfNull(negative);
        _positiveWords = Words(positive);
        _negativeWords = Words(negative);
        _positive = Stems(_positiveWords);
        _negative = Stems(_negativeWords);
        _intensifiers = Stems(intensifiers ?? []);
        _downtoners = Stems(downtoners ?? []);
        _contrast = Stems(contrast ?? []);
        _concessive = Stems(concessive ?? []);
        if (_positive.Length + _negative.Length == 0) throw new ArgumentException("A polarity lexicon needs at least one word.");
        var kinds = new Dictionary<string, byte>(StringComparer.Ordinal);
        string[][] lists = [_positive, _negative, _intensifiers, _downtoners, _contrast, _concessive];
        string[] names = ["positive", "negative", "intensifier", "downtoner", "contrast", "concessive"];
        for (int k = 0; k < lists.Length; k++)
        {
            foreach (var stem in lists[k])
            {
                if (kinds.TryGetValue(stem, out var other))
                    throw new ArgumentException($"The stem '{stem}' is listed as both {names[other - 1]} and {names[k]}.");
                kinds[stem] = (byte)(k + 1);
            }
        }
        _kinds = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        var hashKinds = new Dictionary<uint, byte>(kinds.Count);
        foreach (var (stem, kind) in kinds)
        {
            if (!hashKinds.TryAdd(HashingSink.WordHash(stem, false), kind))
            {
                hashKinds = null;
                break;
            }
        }
        _hashKinds = hashKinds;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var content = new StringBuilder("+" + string.Join(' ', _positive) + "|-" + string.Join(' ', _negative));
        if (HasModifiers)
        {
            content.Append('|').Append(RulesVersion);
            for (int k = 2; k < lists.Length; k++) content.Append('|').Append(names[k]).Append(':').AppendJoin(' ', lists[k]);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(content.ToString()));
        Fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>The positive stems, sorted.</summary>
    public IReadOnlyList<string> Positive => _positive;

    /// <summary>The negative stems, sorted.</summary>
    public IReadOnlyList<string> Negative => _negative;

    /// <summary>The positive words as listed (lower-cased, before stemming, sorted): what a sentence encoder can read.</summary>
    public IReadOnlyList<string> PositiveWords => _positiveWords;

    /// <summary>The negative words as listed (lower-cased, before stemming, sorted).</summary>
    public IReadOnlyList<string> NegativeWords => _negativeWords;

    /// <summary>Intensifier stems ("very"), sorted.</summary>
    public IReadOnlyList<string> Intensifiers => _intensifiers;

    /// <summary>Downtoner stems ("slightly"), sorted.</summary>
    public IReadOnlyList<string> Downtoners => _downtoners;

    /// <summary>Contrast words ("but"), sorted.</summary>
    public IReadOnlyList<string> Contrast => _contrast;

    /// <summary>Concessive words ("although"), sorted.</summary>
    public IReadOnlyList<string> Concessive => _concessive;

    /// <summary>Whether any modifier list is non-empty.</summary>
    public bool HasModifiers => _intensifiers.Length + _downtoners.Length + _contrast.Length + _concessive.Length > 0;

    /// <summary>A short hash of the stems (used in cache keys and <see cref="ToString"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>This lexicon with some modifier lists dropped (for comparing the rules by cross-validation).</summary>
    public PolarityLexicon Without(bool intensity = false, bool contrast = false) => new(_positiveWords, _negativeWords,
        intensity ? [] : _intensifiers, intensity ? [] : _downtoners, contrast ? [] : _contrast, contrast ? [] : _concessive);

    /// <summary>
    /// Adds the weighted counts of <paramref name="text"/> to <paramref name="sums"/> (positive, negative, negated
    /// positive, negated negative); see the type for the weights. Allocation-free for ASCII text.
    /// </summary>
    public void Accumulate(string text, Span<float> sums) => Accumulate(text, null, sums);

    /// <summary>
    /// As <see cref="Accumulate(string, Span{float})"/>, counting from <paramref name="words"/> (the words of exactly
    /// <paramref name="text"/>, logged by the hashing pass) instead of a second pass over the text.
    /// </summary>
    internal void Accumulate(string text, WordLog? words, Span<float> sums)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sums.Length < 4) throw new ArgumentException("The sums span needs four entries.", nameof(sums));
        if (!ReferenceEquals(t_lastText, text) || !ReferenceEquals(t_lastLexicon, this))
        {
            t_lastText = null;
            var sink = new CountingSink(this);
            if (words is not null && _hashKinds is not null)
            {
                var hashes = words.Hashes;
                var entries = words.Kinds;
                for (int i = 0; i < entries.Length; i++)
                {
                    if (entries[i] == WordLog.BoundaryEntry) sink.OnBoundary();
                    else
                    {
                        _hashKinds.TryGetValue(hashes[i], out byte kind);
                        sink.OnKind(kind, entries[i] == WordLog.NegatedWordEntry);
                    }
                }
            }
            else
            {
                var buffer = t_text ??= ArrayPool<char>.Shared.Rent(256);
                int n = TextPipeline.Normalize(text, ref buffer);
                t_text = buffer;
                TextPipeline.Run(buffer.AsSpan(0, n), ref sink);
            }
            Span<float> own = stackalloc float[4];
            own.Clear();
            sink.Finish(own);
            (t_last0, t_last1, t_last2, t_last3) = (own[0], own[1], own[2], own[3]);
            t_lastText = text;
            t_lastLexicon = this;
        }
        sums[0] += t_last0;
        sums[1] += t_last1;
        sums[2] += t_last2;
        sums[3] += t_last3;
    }

    /// <summary>Parses the text format described on the type.</summary>
    public static PolarityLexicon Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string[] names = ["[positive]", "[negative]", "[intensifier]", "[downtoner]", "[contrast]", "[concessive]"];
        var lists = names.Select(_ => new List<string>()).ToArray();
        List<string>? section = null;
        int lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            int hashAt = raw.IndexOf('#');
            var line = (hashAt >= 0 ? raw[..hashAt] : raw).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('['))
            {
                int k = Array.IndexOf(names, line);
                if (k < 0) throw new ArgumentException($"Line {lineNumber}: unknown section {line} (expected one of {string.Join(", ", names)}).");
                section = lists[k];
                continue;
            }
            if (section is null) throw new ArgumentException($"Line {lineNumber}: words before a section such as [positive] or [negative].");
            section.AddRange(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        return new PolarityLexicon(lists[0], lists[1], lists[2], lists[3], lists[4], lists[5]);
    }

    /// <summary>Reads a lexicon file.</summary>
    public static PolarityLexicon Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new ArgumentException($"Polarity lexicon '{path}' does not exist.", nameof(path));
        return Parse(File.ReadAllText(path));
    }

    // A negative list count marks the format with modifier lists (a plain lexicon is written as before).
    private const int ModifierFormat = -2;

    /// <summary>Writes the stems (read back by <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (HasModifiers) writer.Write(ModifierFormat);
        WriteList(writer, _positive);
        WriteList(writer, _negative);
        if (!HasModifiers) return;
        foreach (var list in new[] { _intensifiers, _downtoners, _contrast, _concessive }) WriteList(writer, list);
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static PolarityLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int first = reader.ReadInt32();
        if (first != ModifierFormat) return new PolarityLexicon(ReadList(reader, first), ReadList(reader, reader.ReadInt32()));
        var positive = ReadList(reader, reader.ReadInt32());
        var negative = ReadList(reader, reader.ReadInt32());
        return new PolarityLexicon(positive, negative, ReadList(reader, reader.ReadInt32()), ReadList(reader, reader.ReadInt32()),
            ReadList(reader, reader.ReadInt32()), ReadList(reader, reader.ReadInt32()));
    }

    private static void WriteList(BinaryWriter writer, string[] list)
    {
        writer.Write(list.Length);
        foreach (var s in list) writer.Write(s);
    }

    private static string[] ReadList(BinaryReader reader, int n)
    {
        if (n is < 0 or > 1_000_000) throw new InvalidDataException("Corrupt polarity lexicon.");
        var list = new string[n];
        for (int i = 0; i < n; i++) list[i] = reader.ReadString();
        return list;
    }

    /// <summary>Names the lexicon by size and content hash, so option records that hold it print a stable fingerprint.</summary>
    public override string ToString() => HasModifiers
        ? $"PolarityLexicon({_positive.Length}+/{_negative.Length}-, {_intensifiers.Length + _downtoners.Length + _contrast.Length + _concessive.Length} modifiers, {Fingerprint})"
        : $"PolarityLexicon({_positive.Length}+/{_negative.Length}-, {Fingerprint})";

    private static string[] Words(IEnumerable<string> words) =>
        words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string[] Stems(IEnumerable<string> words)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (string.IsNullOrWhiteSpace(word)) continue;
            var tokens = TextPipeline.Tokens(word);
            if (tokens.Count != 1) throw new ArgumentException($"Lexicon entry '{word}' is not one word.");
            set.Add(tokens[0]);
        }
        return [.. set];
    }

    /// <summary>Counts lexicon hits with the modifier weights as the pipeline reports words, allocation-free.</summary>
    private struct CountingSink(PolarityLexicon lexicon) : ITokenSink
    {
        // Sums settled before the last contrast word, and the sums since it (settled at the next contrast word or the end).
        private float _pos, _neg, _negPos, _negNeg;
        private float _pPos, _pNeg, _pNegPos, _pNegNeg;
        private float _afterContrast = 1, _boost = 1;
        private bool _concessive;

        public readonly void OnRawToken(ReadOnlySpan<char> token) { }

        public void OnWord(ReadOnlySpan<char> stem, bool negated)
        {
            lexicon._kinds.TryGetValue(stem, out byte kind);
            OnKind(kind, negated);
        }

        public void OnKind(byte kind, bool negated)
        {
            switch (kind)
            {
                case PositiveKind or NegativeKind:
                    float w = _boost * _afterContrast * (_concessive ? ConcessiveFactor : 1f);
                    if (kind == PositiveKind) { if (negated) _pNegPos += w; else _pPos += w; }
                    else if (negated) _pNegNeg += w;
                    else _pNeg += w;
                    _boost = 1;
                    break;
                case IntensifierKind: _boost = IntensifierFactor; break;
                case DowntonerKind: _boost = DowntonerFactor; break;
                case ContrastKind:
                    _pos += _pPos * BeforeContrastFactor;
                    _neg += _pNeg * BeforeContrastFactor;
                    _negPos += _pNegPos * BeforeContrastFactor;
                    _negNeg += _pNegNeg * BeforeContrastFactor;
                    _pPos = _pNeg = _pNegPos = _pNegNeg = 0;
                    _afterContrast = AfterContrastFactor;
                    _concessive = false;
                    _boost = 1;
                    break;
                case ConcessiveKind: _concessive = true; _boost = 1; break;
                default: _boost = 1; break;
            }
        }

        public void OnBoundary()
        {
            _concessive = false;
            _boost = 1;
        }

        public readonly void Finish(Span<float> sums)
        {
            sums[0] += _pos + _pPos;
            sums[1] += _neg + _pNeg;
            sums[2] += _negPos + _pNegPos;
            sums[3] += _negNeg + _pNegNeg;
        }
    }
}
