namespace ShopBot.Skills.Nlu;

/// <summary>
/// The turn's NLU: intent with threshold/margin fallback to <c>out_of_scope</c>, the top five intents, entities from
/// every registered recognizer and sentiment. Thread-safe when its parts are.
/// </summary>
public sealed class NluRecognizer : IRecognizer
{
    private const int TopIntents = 5;
    private readonly IIntentClassifier _intents;
    private readonly ISentimentAnalyzer _sentiment;
    private readonly IEntityRecognizer[] _entities;
    private readonly NluOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Composes the parts; <paramref name="entities"/> may be empty.</summary>
    public NluRecognizer(IIntentClassifier intents, ISentimentAnalyzer sentiment, IEnumerable<IEntityRecognizer> entities, NluOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(intents);
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        _intents = intents;
        _sentiment = sentiment;
        _entities = [.. entities];
        _options = options;
        _time = timeProvider;
    }

    public RecognizerResult Recognize(string text, string? culture = null, DateTime? referenceTime = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
            return new RecognizerResult(text, new IntentScore(RecognizerResult.OutOfScope, 1), [new IntentScore(RecognizerResult.OutOfScope, 1)], [], SentimentResult.Neutral);
        // Sentiment right after the intent, on the same string: the featurizer reuses the message's hashed features.
        var ranked = _intents.Classify(text);
        var sentiment = _sentiment.Analyze(text);
        var intent = IntentFallback.Choose(ranked, _options.Threshold, _options.Margin);
        var top = new IntentScore[Math.Min(TopIntents, ranked.Count)];
        for (int i = 0; i < top.Length; i++) top[i] = ranked[i];
        string cultureName = string.IsNullOrWhiteSpace(culture) ? _options.DefaultCulture : culture;
        var reference = referenceTime ?? _time.GetUtcNow().UtcDateTime;
        IReadOnlyList<EntityMatch> entities = _entities.Length == 0
            ? []
            : _entities.SelectMany(e => e.Recognize(text, cultureName, reference)).OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
        return new RecognizerResult(text, intent, top, entities, sentiment);
    }
}
