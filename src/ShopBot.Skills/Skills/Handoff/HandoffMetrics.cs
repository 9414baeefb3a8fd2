namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// One handed-over conversation's figures: why, how long the shopper waited, how long the agent took, how it ended
/// (<c>resolved</c>, <c>timed_out</c>, <c>abandoned</c>) and the shopper's 1-5 rating. A conversation without a row was
/// contained by the bot.
/// </summary>
public sealed record HandoffMetrics(string ConversationId, EscalationReason Reason, DateTimeOffset QueuedAt, DateTimeOffset? AcceptedAt, string? AgentId, DateTimeOffset? EndedAt, string? Outcome, int? Rating)
{
    public TimeSpan? WaitTime => AcceptedAt - QueuedAt;

    public TimeSpan? HandlingTime => EndedAt - AcceptedAt;
}
