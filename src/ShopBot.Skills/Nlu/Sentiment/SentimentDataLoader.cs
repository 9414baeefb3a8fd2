using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// Reads sentiment CSV files: a header, then <c>text,label</c> with label 1 = positive, 0 = negative, or the words
/// positive, negative, neutral; a header <c>text,label,upset</c> adds whether the writer is upset (yes/no), which only a
/// negative message can be.
/// </summary>
public static class SentimentDataLoader
{
    /// <summary>Whether a CSV header row is <c>text,label,upset</c>: the file marks which writers are upset.</summary>
    public static bool HasUpsetColumn(IReadOnlyList<string> header) => header.Count >= 3 && header[2].Trim() == "upset";

    /// <summary>Parses one file's content into labelled messages, <see cref="SentimentExample.Upset"/> null without the column.</summary>
    public static IReadOnlyList<SentimentExample> ParseExamples(string content, string source = "csv")
    {
        var rows = CsvReader.Parse(content, source);
        if (rows.Count == 0) throw new FormatException($"{source}: empty file; expected a header 'text,label[,upset]'.");
        bool hasUpset = HasUpsetColumn(rows[0]);
        var result = new List<SentimentExample>(rows.Count);
        for (int i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            string label = (r.Length >= 2 ? r[1].Trim() : "") switch
            {
                "1" or "positive" => SentimentModel.Positive,
                "0" or "negative" => SentimentModel.Negative,
                "neutral" => SentimentModel.Neutral,
                var other => throw new FormatException($"{source}: record {i + 1}: label must be 1/0, positive/negative or neutral, got '{other}'."),
            };
            bool? upset = null;
            if (hasUpset)
            {
                upset = (r.Length >= 3 ? r[2].Trim() : "") switch
                {
                    "yes" => true,
                    "no" => false,
                    var other => throw new FormatException($"{source}: record {i + 1}: upset must be yes or no, got '{other}'."),
                };
                if (upset == true && label != SentimentModel.Negative)
                    throw new FormatException($"{source}: record {i + 1}: an upset writer's message must be labelled negative.");
            }
            result.Add(new SentimentExample(r[0], label, upset));
        }
        return result;
    }

    /// <summary>Parses one file's content into training utterances (text and label).</summary>
    public static IReadOnlyList<LabeledUtterance> Parse(string content, string source = "csv") =>
        [.. ParseExamples(content, source).Select(e => new LabeledUtterance(e.Text, e.Label))];

    /// <summary>Loads one file written for <see cref="ParseExamples"/>.</summary>
    public static IReadOnlyList<SentimentExample> LoadExamples(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new ArgumentException($"'{path}' does not exist.");
        return ParseExamples(File.ReadAllText(path), path);
    }

    /// <summary>Loads a CSV file, or every *.csv of a folder (sorted by name).</summary>
    public static IReadOnlyList<LabeledUtterance> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
            return Directory.GetFiles(path, "*.csv").Order(StringComparer.Ordinal).SelectMany(Load).ToArray();
        if (!File.Exists(path)) throw new ArgumentException($"'{path}' does not exist.");
        return Parse(File.ReadAllText(path), path);
    }
}
