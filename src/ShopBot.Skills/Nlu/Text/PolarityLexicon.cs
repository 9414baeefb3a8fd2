using System.Security.Cryptography;
using System.Text;

namespace ShopBot.Skills.Nlu.Text;

/// <summary>
/// Lists of positive and negative English words, kept as Porter2 stems. A featurizer given a lexicon adds four
/// columns to every vector: how often a positive word, a negative word, a negated positive word and a negated
/// negative word occur, so a sentiment model learns four weights that carry over to words its training sentences
/// never contained. Text format: <c>[positive]</c> and <c>[negative]</c> sections of whitespace-separated words;
/// <c>#</c> starts a comment.
/// </summary>
public sealed class PolarityLexicon
{
    private readonly string[] _positive;
    private readonly string[] _negative;

    /// <summary>Builds a lexicon from words (lower-cased and stemmed here; duplicates removed).</summary>
    public PolarityLexicon(IEnumerable<string> positive, IEnumerable<string> negative)
    {
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentNullException.ThrowIfNull(negative);
        _positive = Stems(positive);
        _negative = Stems(negative);
        var overlap = _positive.Intersect(_negative, StringComparer.Ordinal).FirstOrDefault();
        if (overlap is not null) throw new ArgumentException($"The stem '{overlap}' is listed as both positive and negative.");
        if (_positive.Length + _negative.Length == 0) throw new ArgumentException("A polarity lexicon needs at least one word.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("+" + string.Join(' ', _positive) + "|-" + string.Join(' ', _negative)));
        Fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>The positive stems, sorted.</summary>
    public IReadOnlyList<string> Positive => _positive;

    /// <summary>The negative stems, sorted.</summary>
    public IReadOnlyList<string> Negative => _negative;

    /// <summary>A short hash of the stems (used in cache keys and <see cref="ToString"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>Parses the text format described on the type.</summary>
    public static PolarityLexicon Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var positive = new List<string>();
        var negative = new List<string>();
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
                section = line switch
                {
                    "[positive]" => positive,
                    "[negative]" => negative,
                    _ => throw new ArgumentException($"Line {lineNumber}: unknown section {line} (expected [positive] or [negative])."),
                };
                continue;
            }
            if (section is null) throw new ArgumentException($"Line {lineNumber}: words before a [positive] or [negative] section.");
            section.AddRange(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        return new PolarityLexicon(positive, negative);
    }

    /// <summary>Reads a lexicon file.</summary>
    public static PolarityLexicon Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new ArgumentException($"Polarity lexicon '{path}' does not exist.", nameof(path));
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Writes the stems (read back by <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_positive.Length);
        foreach (var s in _positive) writer.Write(s);
        writer.Write(_negative.Length);
        foreach (var s in _negative) writer.Write(s);
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static PolarityLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PolarityLexicon(ReadList(reader), ReadList(reader));
    }

    private static string[] ReadList(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n is < 0 or > 1_000_000) throw new InvalidDataException("Corrupt polarity lexicon.");
        var list = new string[n];
        for (int i = 0; i < n; i++) list[i] = reader.ReadString();
        return list;
    }

    /// <summary>Names the lexicon by size and content hash, so option records that hold it print a stable fingerprint.</summary>
    public override string ToString() => $"PolarityLexicon({_positive.Length}+/{_negative.Length}-, {Fingerprint})";

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
}
