using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Lu;

/// <summary>Loads labelled utterances from a .lu file, a CSV with header (text then label column), or a folder of .lu files.</summary>
public static class LabeledDataLoader
{
    /// <summary>Label used in CSV files (CLINC150) for out-of-scope examples; mapped to <see cref="RecognizerResult.OutOfScope"/>.</summary>
    public const string OosLabel = "oos";

    /// <summary>Loads a file or every *.lu file of a folder (sorted by name).</summary>
    public static IReadOnlyList<LabeledUtterance> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.lu", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0) throw new ArgumentException($"No .lu files in '{path}'.");
            return files.SelectMany(LuParser.ParseFile).ToArray();
        }
        if (!File.Exists(path)) throw new ArgumentException($"'{path}' does not exist.");
        if (path.EndsWith(".lu", StringComparison.OrdinalIgnoreCase)) return LuParser.ParseFile(path);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return ParseCsv(File.ReadAllText(path), path);
        throw new ArgumentException($"'{path}': expected a .lu or .csv file.");
    }

    /// <summary>Parses CSV with a header row; the first column is the text, the second the label.</summary>
    public static IReadOnlyList<LabeledUtterance> ParseCsv(string content, string source = "csv")
    {
        var rows = CsvReader.Parse(content, source);
        if (rows.Count == 0 || rows[0].Length < 2) throw new FormatException($"{source}: expected a header row 'text,intent'.");
        var result = new List<LabeledUtterance>(rows.Count - 1);
        for (int i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Length < 2 || string.IsNullOrWhiteSpace(r[1])) throw new FormatException($"{source}: record {i + 1} has no label.");
            string label = r[1].Trim();
            result.Add(new LabeledUtterance(r[0], label == OosLabel ? RecognizerResult.OutOfScope : label));
        }
        return result;
    }
}
