namespace ShopBot.Skills.Conversation;

/// <summary>Loads and saves <see cref="ConversationState"/> with optimistic concurrency.</summary>
public interface IConversationStateStore
{
    /// <summary>The stored state, or an empty one with a null ETag.</summary>
    Task<ConversationState> LoadAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves when the stored ETag still equals <see cref="ConversationState.ETag"/> (or nothing is stored and it is
    /// null), and gives the state its new ETag; otherwise throws <see cref="ConcurrencyException"/> and stores nothing.
    /// </summary>
    Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default);
}
