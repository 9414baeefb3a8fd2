using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>Reads sentiment CSV files (header, then <c>text,label</c> with label 1 = positive, 0 = negative, or neutral).</summary>
public static class SentimentDataLoader
{
    /// <summary>Parses one file's content.</summary>
    public static IReadOnlyList<LabeledUtterance> Parse(string content, string source = "csv")
    {
        var rows = CsvReader.Parse(content, source);
        if (rows.Count == 0) throw new FormatException($"{source}: empty file; expected a header 'text,label'.");
        var result = new List<LabeledUtterance>(rows.Count);
        for (int i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            string label = r.Length >= 2 ? r[1].Trim() : "";
            result.Add(label switch
            {
                "1" or "positive" => new LabeledUtterance(r[0], SentimentModel.Positive),
                "0" or "negative" => new LabeledUtterance(r[0], SentimentModel.Negative),
                "neutral" => new LabeledUtterance(r[0], SentimentModel.Neutral),
                _ => throw new FormatException($"{source}: record {i + 1}: label must be 1/0, positive/negative or neutral, got '{label}'."),
            });
        }
        return result;
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
