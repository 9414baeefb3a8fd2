using System.Text.Json.Serialization;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>A conversation's ownership as stored in its state, with what the agent console shows about it.</summary>
public sealed record HandoffState
{
    public const string StateKey = "handoff";

    [JsonPropertyName("owner")] public Ownership Owner { get; init; } = Ownership.Bot;

    [JsonPropertyName("reason")] public EscalationReason Reason { get; init; }

    [JsonPropertyName("since")] public DateTimeOffset? Since { get; init; }

    [JsonPropertyName("agentId")] public string? AgentId { get; init; }

    [JsonPropertyName("agentName")] public string? AgentName { get; init; }

    /// <summary>True when the bot offered a person on its last turn and waits for the shopper's choice.</summary>
    [JsonPropertyName("offerPending")] public bool OfferPending { get; init; }

    public static HandoffState Bot { get; } = new();
}
