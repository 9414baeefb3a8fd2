namespace ShopBot.Skills.Nlu.Entities;

/// <summary>
/// Builds an entity recognizer on first use. Recognizers that read the catalogue cannot be built while services are
/// constructed, before start-up has migrated and seeded the database; the host warms this up right after.
/// </summary>
public sealed class LazyEntityRecognizer(Func<IEntityRecognizer> create) : IEntityRecognizer
{
    private readonly Lazy<IEntityRecognizer> _inner = new(create ?? throw new ArgumentNullException(nameof(create)), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime) => _inner.Value.Recognize(text, culture, referenceTime);
}
