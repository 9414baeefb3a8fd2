namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>The sentence encoders <c>ShopBot:Nlu:Encoder</c> can name.</summary>
public static class SentenceEncoders
{
    /// <summary>No encoder: bag-of-words features only.</summary>
    public const string None = "none";

    /// <summary>Every accepted name.</summary>
    public static readonly IReadOnlyList<string> Names = [None, StaticSentenceEncoder.Static, PackagedSentenceEncoder.MiniLm];

    /// <summary>
    /// The encoder of that name, or null for <see cref="None"/>; throws <see cref="ArgumentException"/> for an unknown
    /// name. <c>static</c>: the shipped MiniLM token vectors (microseconds); <c>minilm</c>: the transformer itself (milliseconds).
    /// </summary>
    public static ISentenceEncoder? Create(string name) => name switch
    {
        None => null,
        StaticSentenceEncoder.Static => StaticSentenceEncoder.Shipped(),
        PackagedSentenceEncoder.MiniLm => new PackagedSentenceEncoder(name),
        _ => throw new ArgumentException($"Unknown sentence encoder '{name}'; use one of {string.Join(", ", Names)}."),
    };
}
