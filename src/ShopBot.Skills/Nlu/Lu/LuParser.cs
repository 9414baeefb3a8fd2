using System.Text.RegularExpressions;
using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Lu;

/// <summary>
/// Reads the intent part of the LU format: <c># intent</c> starts a section, <c>- utterance</c> (or <c>* </c>) lines
/// are its examples, <c>&gt;</c> lines are comments, <c>## </c> headings are ignored, <c>{entity=value}</c> markup
/// becomes its value. Errors are <see cref="FormatException"/>s that name file and line.
/// </summary>
public static partial class LuParser
{
    /// <summary>Parses LU text.</summary>
    public static IReadOnlyList<LabeledUtterance> Parse(string content, string source = "lu")
    {
        ArgumentNullException.ThrowIfNull(content);
        var result = new List<LabeledUtterance>();
        string? intent = null;
        var lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            int number = i + 1;
            if (line.Length == 0 || line.StartsWith('>') || line.StartsWith("##", StringComparison.Ordinal)) continue;
            if (line.StartsWith('#'))
            {
                intent = line[1..].Trim();
                if (intent.Length == 0) throw new FormatException($"{source}:{number}: '#' without an intent name.");
                if (intent.Any(char.IsWhiteSpace)) throw new FormatException($"{source}:{number}: intent name '{intent}' contains spaces.");
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || line is "-" or "*")
            {
                if (intent is null) throw new FormatException($"{source}:{number}: utterance before any '# intent' line.");
                string text = StripEntities(line[1..].Trim(), source, number);
                if (text.Length > 0) result.Add(new LabeledUtterance(text, intent));
                continue;
            }
            if (line.StartsWith('@') || line.StartsWith('$') || line.StartsWith('[')) continue;
            throw new FormatException($"{source}:{number}: expected '# intent', '- utterance' or '> comment', got '{Shorten(line)}'.");
        }
        return result;
    }

    /// <summary>Parses one .lu file.</summary>
    public static IReadOnlyList<LabeledUtterance> ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), path);
    }

    private static string StripEntities(string text, string source, int line)
    {
        if (text.Count(c => c == '{') != text.Count(c => c == '}')) throw new FormatException($"{source}:{line}: unbalanced '{{' '}}' in entity markup.");
        return EntityMarkup().Replace(text, m => m.Groups["value"].Value);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";

    [GeneratedRegex(@"\{@?[^{}=]+=(?<value>[^{}]*)\}")]
    private static partial Regex EntityMarkup();
}
