namespace ShopBot.Skills.Skills.Handoff;

/// <summary>A conversation waiting for (or with) an agent, as the queue and the console see it.</summary>
public sealed record HandoffQueueEntry(
    string ConversationId,
    string ChannelId,
    string Topic,
    int Priority,
    EscalationReason Reason,
    string Summary,
    DateTimeOffset QueuedAt,
    Ownership Owner,
    string? AgentId,
    DateTimeOffset? AcceptedAt);
