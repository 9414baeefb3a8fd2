using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Data.Conversations;

/// <summary>Conversations and their transcripts: every activity exchanged, in order, with a sequence number.</summary>
public interface IConversationStore
{
    /// <summary>Creates a conversation; false when one with that id exists already.</summary>
    Task<bool> CreateAsync(string conversationId, string channelId, string? userId, CancellationToken cancellationToken = default);

    Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an activity: gives it the next sequence number, an id <c>{conversationId}|{sequence:D7}</c> when it has
    /// none, and a UTC timestamp. Returns the stored copy. Throws <see cref="KeyNotFoundException"/> for an unknown conversation.
    /// </summary>
    Task<StoredActivity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Activities with a sequence number greater than <paramref name="afterSequence"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks the conversation ended (no further activities accepted from clients).</summary>
    Task EndAsync(string conversationId, CancellationToken cancellationToken = default);
}
