namespace ShopBot.Skills.Conversation;

/// <summary>
/// Changes a conversation's state from outside a turn (an agent accepting it, a timeout), serialised with its turns
/// by the same per-conversation lock and saved with the ETag.
/// </summary>
public sealed class ConversationStateUpdater(IConversationStateStore states, ConversationLocks locks)
{
    public async Task<T> UpdateAsync<T>(string conversationId, Func<ConversationState, Task<T>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var held = await locks.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var state = await states.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var result = await change(state).ConfigureAwait(false);
        await states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
