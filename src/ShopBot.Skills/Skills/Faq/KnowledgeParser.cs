namespace ShopBot.Skills.Skills.Faq;

/// <summary>
/// Reads one knowledge file (markdown). Each answer is a section: a <c>## intent</c> heading (lower-case letters, digits
/// and '_'), then the answer text, then optionally a last line <c>Suggestions: a | b | c</c>. Text before the first
/// section (a <c># Title</c>, notes) is ignored, as are whole-line <c>&lt;!-- comments --&gt;</c>. <c>${name}</c>
/// placeholders must be among the names the caller allows. Every error names the file and line.
/// </summary>
public static class KnowledgeParser
{
    private const string SuggestionsPrefix = "Suggestions:";

    /// <summary>Parses <paramref name="text"/>, read from <paramref name="source"/>, allowing the placeholders <paramref name="placeholders"/>.</summary>
    public static IReadOnlyList<KnowledgeEntry> Parse(string text, string source, IReadOnlySet<string> placeholders)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(placeholders);
        var entries = new List<KnowledgeEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? intent = null;
        var intentLine = 0;
        var body = new List<string>();
        List<string>? suggestions = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd();
            var trimmed = line.Trim();
            if (IsComment(trimmed)) continue;
            if (IsSectionHeading(trimmed))
            {
                Flush();
                intent = trimmed[2..].Trim();
                intentLine = number;
                if (!IsIntentName(intent))
                {
                    throw Error(number, $"'{trimmed}' does not name an intent; a section heading is '## intent_name' (lower-case letters, digits and '_').");
                }

                if (seen.TryGetValue(intent, out var first)) throw Error(number, $"intent '{intent}' is already answered at {source}:{first}.");
                seen[intent] = number;
                body = [];
                suggestions = null;
                continue;
            }

            if (intent is null)
            {
                // Before the first section: a title and notes for the people who edit the file.
                continue;
            }

            if (trimmed == "#" || trimmed.StartsWith("# ", StringComparison.Ordinal))
            {
                throw Error(number, $"'{trimmed}' is a top-level title inside section '{intent}'; start a new answer with '## intent_name' or use '###' for a sub-heading.");
            }

            if (trimmed.StartsWith(SuggestionsPrefix, StringComparison.OrdinalIgnoreCase))
            {
                if (suggestions is not null) throw Error(number, $"section '{intent}' has a second 'Suggestions:' line.");
                CheckPlaceholders(trimmed, number);
                suggestions = [];
                foreach (var choice in trimmed[SuggestionsPrefix.Length..].Split('|'))
                {
                    var title = choice.Trim();
                    if (title.Length == 0) throw Error(number, $"'{trimmed}' has an empty suggestion; write 'Suggestions: first | second'.");
                    suggestions.Add(title);
                }

                continue;
            }

            if (suggestions is not null)
            {
                if (trimmed.Length == 0) continue;
                throw Error(number, $"'Suggestions:' must be the last line of section '{intent}', but text follows it.");
            }

            CheckPlaceholders(line, number);
            body.Add(line);
        }

        Flush();
        if (entries.Count == 0) throw new KnowledgeParseException($"{source}: no '## intent_name' section; a knowledge file holds at least one answer.");
        return entries;

        void Flush()
        {
            if (intent is null) return;
            var start = body.FindIndex(l => l.Trim().Length > 0);
            var end = body.FindLastIndex(l => l.Trim().Length > 0);
            if (start < 0) throw Error(intentLine, $"section '{intent}' has no answer text.");
            var answer = string.Join("\n", body.GetRange(start, end - start + 1));
            entries.Add(new KnowledgeEntry(intent, answer, suggestions ?? [], source, intentLine));
        }

        void CheckPlaceholders(string line, int number)
        {
            foreach (var name in PolicyPlaceholders.Find(line))
            {
                if (name is null) throw Error(number, "'${' without a closing '}'.");
                if (!placeholders.Contains(name))
                {
                    var known = string.Join(", ", placeholders.Order(StringComparer.Ordinal).Select(n => "${" + n + "}"));
                    throw Error(number, $"unknown placeholder '${{{name}}}'; known placeholders: {known}.");
                }
            }
        }

        KnowledgeParseException Error(int number, string message) => new($"{source}:{number}: {message}");
    }

    private static bool IsSectionHeading(string trimmed) =>
        trimmed.StartsWith("##", StringComparison.Ordinal) && !trimmed.StartsWith("###", StringComparison.Ordinal);

    private static bool IsComment(string trimmed) =>
        trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal);

    private static bool IsIntentName(string name) =>
        name.Length > 0 && name[0] is >= 'a' and <= 'z' && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
