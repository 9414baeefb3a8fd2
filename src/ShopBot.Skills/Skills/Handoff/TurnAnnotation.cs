using System.Text.Json.Serialization;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>What the NLU made of one shopper message, kept with the conversation for the agent console and the summary.</summary>
public sealed record TurnAnnotation(
    [property: JsonPropertyName("id")] string ActivityId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("sentiment")] double Sentiment,
    [property: JsonPropertyName("upset")] double? Upset = null)
{
    public const string StateKey = "annotations";

    /// <summary>Annotations kept per conversation (the oldest are dropped).</summary>
    public const int Kept = 200;
}
