using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu;

/// <summary>Settings of the NLU (section <c>ShopBot:Nlu</c> of appsettings.json).</summary>
public sealed class NluOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "ShopBot:Nlu";

    /// <summary>
    /// The top intent's confidence must reach this, or the message is <c>out_of_scope</c>. Default 0.5. A lower value
    /// answers more messages and risks more wrong answers; 0 disables this check.
    /// </summary>
    public double Threshold { get; set; } = 0.5;

    /// <summary>
    /// The top intent must beat the runner-up by at least this much confidence, or the message is ambiguous and
    /// becomes <c>out_of_scope</c>. Default 0.1; 0 disables this check.
    /// </summary>
    public double Margin { get; set; } = 0.1;

    /// <summary><c>nb</c>, <c>lr</c> or <c>ensemble</c> (default): which intent classifier is trained.</summary>
    public string Classifier { get; set; } = "ensemble";

    /// <summary>
    /// Sentence encoder mixed into the models: <c>static</c> (default: the shipped table of MiniLM token vectors, mixed
    /// into the intent model only; about 2.5 points more intent accuracy on CLINC150 than without, about 1 µs (1.25x)
    /// more per message, training about 1.3x as long), <c>none</c> (bag-of-words features only) or <c>minilm</c>
    /// (all-MiniLM-L6-v2 on the CPU, mixed into the intent and sentiment models: about 5 points more accurate on unseen
    /// phrasings and 3-4 points on reviews from unseen domains, but 3-7 ms per message, and the first training encodes
    /// every training utterance, about 20 s for the shipped dialogs). See the README's measured figures.
    /// </summary>
    public string Encoder { get; set; } = StaticSentenceEncoder.Static;

    /// <summary>Sentiment scores with |score| below this are <c>neutral</c>. Default 0.3.</summary>
    public double NeutralBand { get; set; } = 0.3;

    /// <summary>Culture passed to entity recognizers when the caller gives none. Default <c>en-us</c>.</summary>
    public string DefaultCulture { get; set; } = "en-us";

    /// <summary>Throws <see cref="ArgumentException"/> naming the first out-of-range setting.</summary>
    public void Validate()
    {
        if (!(Threshold is >= 0 and <= 1)) throw new ArgumentException($"Nlu:Threshold must be in [0, 1], was {Threshold}.");
        if (!(Margin is >= 0 and <= 1)) throw new ArgumentException($"Nlu:Margin must be in [0, 1], was {Margin}.");
        if (!(NeutralBand is >= 0 and < 1)) throw new ArgumentException($"Nlu:NeutralBand must be in [0, 1), was {NeutralBand}.");
        if (!IntentClassifierOptions.Kinds.Contains(Classifier))
            throw new ArgumentException($"Nlu:Classifier must be one of {string.Join(", ", IntentClassifierOptions.Kinds)}, was '{Classifier}'.");
        if (!SentenceEncoders.Names.Contains(Encoder))
            throw new ArgumentException($"Nlu:Encoder must be one of {string.Join(", ", SentenceEncoders.Names)}, was '{Encoder}'.");
        if (string.IsNullOrWhiteSpace(DefaultCulture)) throw new ArgumentException("Nlu:DefaultCulture must not be empty.");
    }

    /// <summary>The classifier settings these options select.</summary>
    public IntentClassifierOptions ToClassifierOptions() => new() { Classifier = Classifier };
}
