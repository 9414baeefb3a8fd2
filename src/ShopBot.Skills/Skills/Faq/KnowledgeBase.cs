namespace ShopBot.Skills.Skills.Faq;

/// <summary>
/// The shop's policy answers by canonical intent, read from dialogs/knowledge/*.md (see <see cref="KnowledgeParser"/>
/// for the format). Loading fails, naming file and line, on a malformed section, an unknown placeholder or an intent
/// answered twice, so a mistake shows at start-up rather than in a conversation.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeEntry> _byIntent = new(StringComparer.Ordinal);

    /// <summary>Builds the knowledge base from parsed entries; an intent may appear only once.</summary>
    public KnowledgeBase(IEnumerable<KnowledgeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            if (!_byIntent.TryAdd(entry.Intent, entry))
            {
                var first = _byIntent[entry.Intent];
                throw new KnowledgeParseException($"{entry.Source}:{entry.Line}: intent '{entry.Intent}' is already answered at {first.Source}:{first.Line}.");
            }
        }
    }

    /// <summary>
    /// Loads every <c>*.md</c> file under <paramref name="directory"/> (README.md files, which describe the format, are
    /// skipped), allowing the <see cref="PolicyPlaceholders"/>.
    /// </summary>
    public static KnowledgeBase FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Knowledge folder not found: {directory}");
        var entries = Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => KnowledgeParser.Parse(File.ReadAllText(f), Path.GetRelativePath(directory, f), PolicyPlaceholders.Names));
        return new KnowledgeBase(entries);
    }

    /// <summary>The intents answered, in no particular order.</summary>
    public IReadOnlyCollection<string> Intents => _byIntent.Keys;

    /// <summary>The answer for <paramref name="intent"/>, or <c>null</c> when the knowledge base has none.</summary>
    public KnowledgeEntry? Find(string intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return _byIntent.GetValueOrDefault(intent);
    }
}
