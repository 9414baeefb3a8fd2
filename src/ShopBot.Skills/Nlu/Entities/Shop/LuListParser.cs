namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// Reads list entities from LU text:
/// <code>
/// @ list colour =
///     - blue: navy, azure
///     - red :
///         - crimson
/// </code>
/// A value line is "- canonical" optionally followed by ":" and comma-separated synonyms; indented "- word"
/// lines under a value ending with ":" add synonyms. Lines starting with "&gt;" are comments.
/// </summary>
public static class LuListParser
{
    /// <summary>Parses every <c>@ list</c> block of <paramref name="lu"/>; throws ArgumentException on a malformed line.</summary>
    public static IReadOnlyList<ListEntity> Parse(string lu)
    {
        ArgumentNullException.ThrowIfNull(lu);
        var result = new List<ListEntity>();
        string? name = null;
        Dictionary<string, List<string>>? values = null;
        string? current = null;
        int lineNo = 0;
        void Flush()
        {
            if (name is not null && values is not null)
                result.Add(new ListEntity(name, values.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value)));
        }
        foreach (var raw in lu.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('>')) continue;
            if (trimmed.StartsWith('@'))
            {
                Flush();
                var body = trimmed[1..].Trim();
                if (!body.StartsWith("list ", StringComparison.OrdinalIgnoreCase) || !body.EndsWith('='))
                    throw new ArgumentException($"line {lineNo}: expected '@ list <name> =' but found '{trimmed}'", nameof(lu));
                name = body[5..^1].Trim();
                if (name.Length == 0) throw new ArgumentException($"line {lineNo}: list entity without a name", nameof(lu));
                values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
                current = null;
                continue;
            }
            if (!trimmed.StartsWith('-') || values is null)
                throw new ArgumentException($"line {lineNo}: expected '- value' inside an '@ list' block but found '{trimmed}'", nameof(lu));
            var item = trimmed[1..].Trim();
            bool indented = line.Length - line.TrimStart().Length > 4 && current is not null && !item.Contains(':');
            if (indented)
            {
                values[current!].Add(item.ToLowerInvariant());
                continue;
            }
            int colon = item.IndexOf(':');
            var canonical = (colon >= 0 ? item[..colon] : item).Trim().ToLowerInvariant();
            if (canonical.Length == 0) throw new ArgumentException($"line {lineNo}: empty value", nameof(lu));
            if (!values.TryGetValue(canonical, out var syns)) values[canonical] = syns = [];
            current = canonical;
            if (colon >= 0)
                foreach (var s in item[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    syns.Add(s.ToLowerInvariant());
        }
        Flush();
        return result;
    }

    /// <summary>Loads every *.lu file of a folder; an empty list when the folder does not exist.</summary>
    public static IReadOnlyList<ListEntity> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        return Directory.EnumerateFiles(directory, "*.lu").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => Parse(File.ReadAllText(f))).ToList();
    }
}
