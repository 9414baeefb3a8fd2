namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// The conversations waiting for agents, shared by every instance (it lives in the database). Acceptance is atomic:
/// of two agents accepting one conversation, exactly one succeeds.
/// </summary>
public interface IHandoffQueue
{
    /// <summary>Queues a conversation (replacing an earlier, finished entry of it).</summary>
    Task EnqueueAsync(HandoffQueueEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Waiting conversations, highest priority first, then longest waiting.</summary>
    Task<IReadOnlyList<HandoffQueueEntry>> ListWaitingAsync(CancellationToken cancellationToken = default);

    /// <summary>Conversations an agent has accepted and not yet resolved.</summary>
    Task<IReadOnlyList<HandoffQueueEntry>> ListForAgentAsync(string agentId, CancellationToken cancellationToken = default);

    /// <summary>The entry of a conversation, waiting or accepted; null when it is not in the queue.</summary>
    Task<HandoffQueueEntry?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>1-based place of a waiting conversation, or null when it is not waiting.</summary>
    Task<int?> PositionAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Gives the conversation to the agent if it is still waiting; false when someone else took it or it left the queue.</summary>
    Task<bool> TryAcceptAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes the conversation from the queue (resolved, timed out, abandoned); false when it was not there.</summary>
    Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Waiting conversations queued before <paramref name="before"/> (for the timeout sweep).</summary>
    Task<IReadOnlyList<HandoffQueueEntry>> ListWaitingSinceAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
