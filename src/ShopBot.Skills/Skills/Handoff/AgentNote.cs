using System.Text.Json.Serialization;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>An internal note an agent wrote about a conversation; never shown to the shopper.</summary>
public sealed record AgentNote(
    [property: JsonPropertyName("agent")] string Agent,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("at")] DateTimeOffset At);
