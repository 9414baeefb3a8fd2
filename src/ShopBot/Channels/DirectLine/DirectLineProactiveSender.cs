using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Channels.DirectLine;

/// <summary>Proactive sends for conversations of the built-in Direct Line; other channels get theirs with their adapters.</summary>
public sealed class DirectLineProactiveSender(DirectLineOutbox outbox, IConversationStore conversations) : IProactiveSender
{
    public async Task<string?> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        var record = await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");
        if (record.ChannelId != DirectLineBridge.ChannelId) throw new NotSupportedException($"Proactive messages to channel '{record.ChannelId}' are not supported yet.");
        return await outbox.SendAsync(conversationId, activity, null, cancellationToken).ConfigureAwait(false);
    }
}
