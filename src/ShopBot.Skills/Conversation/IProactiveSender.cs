namespace ShopBot.Skills.Conversation;

/// <summary>Sends an activity into a conversation outside a turn (an agent's message, a timeout notice). The channel stores and delivers it.</summary>
public interface IProactiveSender
{
    /// <summary>Sends <paramref name="activity"/> to <paramref name="conversationId"/>; returns its id. Throws <see cref="NotSupportedException"/> for a channel that cannot.</summary>
    Task<string?> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);
}
