namespace ShopBot.Skills.Skills.Handoff;

/// <summary>Keeps <see cref="HandoffMetrics"/>.</summary>
public interface IHandoffMetricsStore
{
    Task QueuedAsync(string conversationId, EscalationReason reason, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task AcceptedAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task EndedAsync(string conversationId, string outcome, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task RatedAsync(string conversationId, int rating, CancellationToken cancellationToken = default);

    Task<HandoffMetrics?> GetAsync(string conversationId, CancellationToken cancellationToken = default);
}
