using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>Tells the agent console what happened: the queue changed, a shopper wrote in a conversation agents follow.</summary>
public interface IAgentNotifier
{
    Task QueueChangedAsync(CancellationToken cancellationToken = default);

    Task ConversationChangedAsync(string conversationId, Activity? activity, CancellationToken cancellationToken = default);
}
