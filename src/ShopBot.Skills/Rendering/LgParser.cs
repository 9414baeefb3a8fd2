namespace ShopBot.Skills.Rendering;

/// <summary>
/// Reads the subset of Bot Framework LG syntax ShopBot uses: <c># TemplateName</c> headings, <c>- variant</c> lines,
/// <c>&gt; comment</c> lines and blank lines. A variant may continue on following indented lines (which may themselves start with '-', e.g. a markdown
/// list), joined by a newline.
/// </summary>
public static class LgParser
{
    public static IReadOnlyList<LgTemplate> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var templates = new List<LgTemplate>();
        string? name = null;
        var nameLine = 0;
        var variants = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('>')) continue;
            if (line.StartsWith('#'))
            {
                Flush();
                name = line[1..].Trim();
                var paren = name.IndexOf('(', StringComparison.Ordinal);
                if (paren >= 0) name = name[..paren].Trim();
                if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.'))
                {
                    throw new LgParseException($"{source}:{i + 1}: '{line}' is not a valid template name (letters, digits, '_' and '.').");
                }

                nameLine = i + 1;
                variants = [];
            }
            else if (variants.Count > 0 && char.IsWhiteSpace(raw[0]))
            {
                // Indented lines continue the variant above, even when they start with '-' (a markdown list).
                variants[^1] += "\n" + line;
            }
            else if (line.StartsWith('-'))
            {
                if (name is null) throw new LgParseException($"{source}:{i + 1}: a variant must follow a '# TemplateName' line.");
                variants.Add(line[1..].Trim());
            }
            else
            {
                throw new LgParseException($"{source}:{i + 1}: expected '# TemplateName', '- variant' or '> comment', found '{line}'.");
            }
        }

        Flush();
        return templates;

        void Flush()
        {
            if (name is null) return;
            if (variants.Count == 0) throw new LgParseException($"{source}:{nameLine}: template '{name}' has no variants.");
            templates.Add(new LgTemplate(name, variants, source, nameLine));
        }
    }
}
