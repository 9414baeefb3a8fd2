using System.Text.Json.Serialization;

namespace ShopBot.Skills.Conversation;

/// <summary>Quick-reply buttons shown under a message.</summary>
public sealed class SuggestedActions
{
    [JsonPropertyName("to")] public List<string>? To { get; set; }
    [JsonPropertyName("actions")] public List<CardAction> Actions { get; set; } = [];
}
