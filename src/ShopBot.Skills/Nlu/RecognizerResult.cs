namespace ShopBot.Skills.Nlu;

/// <summary>What the NLU understood of one message: the top intent, the top alternatives, entities and sentiment.</summary>
public sealed record RecognizerResult(
    string Text,
    IntentScore Intent,
    IReadOnlyList<IntentScore> Intents,
    IReadOnlyList<EntityMatch> Entities,
    SentimentResult Sentiment)
{
    /// <summary>The fallback intent, chosen when confidence is low or the message is not about the shop.</summary>
    public const string OutOfScope = "out_of_scope";
}
