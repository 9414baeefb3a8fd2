namespace ShopBot.Skills.Nlu.Embeddings;

/// <summary>The sentence encoders <c>ShopBot:Nlu:Encoder</c> can name.</summary>
public static class SentenceEncoders
{
    /// <summary>No encoder: bag-of-words features only (the fast default).</summary>
    public const string None = "none";

    /// <summary>Every accepted name.</summary>
    public static readonly IReadOnlyList<string> Names = [None, PackagedSentenceEncoder.MiniLm];

    /// <summary>The encoder of that name, or null for <see cref="None"/>; throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public static ISentenceEncoder? Create(string name) => name switch
    {
        None => null,
        PackagedSentenceEncoder.MiniLm => new PackagedSentenceEncoder(name),
        _ => throw new ArgumentException($"Unknown sentence encoder '{name}'; use one of {string.Join(", ", Names)}."),
    };
}
