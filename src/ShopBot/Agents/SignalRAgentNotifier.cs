using Microsoft.AspNetCore.SignalR;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Agents;

/// <summary>Pushes queue and conversation changes to the agent consoles over SignalR.</summary>
public sealed class SignalRAgentNotifier(IHubContext<AgentHub> hub) : IAgentNotifier
{
    public Task QueueChangedAsync(CancellationToken cancellationToken = default) =>
        hub.Clients.All.SendAsync("queueChanged", cancellationToken);

    public Task ConversationChangedAsync(string conversationId, Activity? activity, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(AgentHub.ConversationGroup(conversationId)).SendAsync("conversationChanged", conversationId, activity is null ? null : AgentView.Line(activity, null), cancellationToken);
}
