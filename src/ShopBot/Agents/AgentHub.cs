using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ShopBot.Hosting;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Handoff;
using ShopBot.Skills.Skills.Orders;

namespace ShopBot.Agents;

/// <summary>
/// The agent console's real-time connection: the queue, a conversation's transcript with intents and sentiment, the
/// verified customer's orders, canned responses, notes; and the actions accept, send, note and resolve. Signed-in
/// agents only.
/// </summary>
[Authorize(Policy = AgentEndpoints.Policy)]
public sealed class AgentHub(
    HandoffCoordinator coordinator,
    IHandoffQueue queue,
    AgentPresence presence,
    AgentDirectory directory,
    IConversationStore conversations,
    IConversationStateStore states,
    IOrderStore orders,
    ShopBotPaths paths) : Hub
{
    public static string ConversationGroup(string conversationId) => "conversation:" + conversationId;

    private AgentIdentity Agent => new(Context.User!.FindFirstValue(ClaimTypes.NameIdentifier)!, Context.User!.FindFirstValue(ClaimTypes.Name) ?? "Agent");

    public override async Task OnConnectedAsync()
    {
        presence.Connected(Context.ConnectionId, Agent.Id);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    /// <summary>Waiting conversations (those of the agent's topics first when the agent has topics) and the agent's own.</summary>
    public async Task<object> GetQueue()
    {
        var topics = directory.Find(Agent.Id)?.Topics ?? [];
        var waiting = (await queue.ListWaitingAsync(Context.ConnectionAborted).ConfigureAwait(false))
            .OrderByDescending(e => topics.Count == 0 || topics.Contains(e.Topic, StringComparer.OrdinalIgnoreCase)).ToList();
        var mine = await queue.ListForAgentAsync(Agent.Id, Context.ConnectionAborted).ConfigureAwait(false);
        return new { me = Agent, waiting = waiting.Select(Entry), mine = mine.Select(Entry) };
    }

    /// <summary>Everything the agent needs about one conversation; also subscribes the console to its changes.</summary>
    public async Task<object?> Open(string conversationId)
    {
        var entry = await queue.GetAsync(conversationId, Context.ConnectionAborted).ConfigureAwait(false);
        if (entry is null) return null;
        await Groups.AddToGroupAsync(Context.ConnectionId, ConversationGroup(conversationId), Context.ConnectionAborted).ConfigureAwait(false);
        var state = await states.LoadAsync(conversationId, Context.ConnectionAborted).ConfigureAwait(false);
        var annotations = (state.Get<List<TurnAnnotation>>(TurnAnnotation.StateKey) ?? []).GroupBy(a => a.ActivityId).ToDictionary(g => g.Key, g => g.Last());
        var transcript = await conversations.ReadAsync(conversationId, 0, 10_000, Context.ConnectionAborted).ConfigureAwait(false);
        var customer = state.Get<VerifiedCustomer>(CustomerIdentity.StateKey);
        var customerOrders = customer is null ? [] : await orders.ListForCustomerAsync(customer.Id, 10, Context.ConnectionAborted).ConfigureAwait(false);
        var handoff = state.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot;
        return new
        {
            entry = Entry(entry),
            owner = handoff.Owner.ToString().ToLowerInvariant(),
            agent = handoff.AgentName,
            mine = handoff.AgentId == Agent.Id,
            lines = transcript.Select(s => s.Activity).Where(a => a.Type == ActivityTypes.Message)
                .Select(a => AgentView.Line(a, a.Id is null ? null : annotations.GetValueOrDefault(a.Id))),
            notes = state.Get<List<AgentNote>>(HandoffCoordinator.NotesKey) ?? [],
            customer = customer?.Name,
            orders = customerOrders.Select(o => new { number = o.Number, status = o.Status.ToString().ToLowerInvariant(), total = Money.Format(o.TotalCents, o.Currency), placed = o.PlacedAt }),
            canned = CannedResponses(),
        };
    }

    public Task<string?> Accept(string conversationId) => coordinator.AcceptAsync(conversationId, Agent, Context.ConnectionAborted);

    public Task<string?> Send(string conversationId, string text) => coordinator.SendFromAgentAsync(conversationId, Agent, text, Context.ConnectionAborted);

    public Task<string?> Note(string conversationId, string text) => coordinator.AddNoteAsync(conversationId, Agent, text, Context.ConnectionAborted);

    public Task<string?> Resolve(string conversationId) => coordinator.ResolveAsync(conversationId, Agent, Context.ConnectionAborted);

    private static object Entry(HandoffQueueEntry e) => new
    {
        conversationId = e.ConversationId,
        topic = e.Topic,
        priority = e.Priority,
        reason = e.Reason.ToString(),
        summary = e.Summary,
        queuedAt = e.QueuedAt,
        owner = e.Owner.ToString().ToLowerInvariant(),
        agentId = e.AgentId,
    };

    /// <summary>dialogs/agents/canned.md: one "- text" line per canned response.</summary>
    private List<string> CannedResponses()
    {
        var file = Path.Combine(paths.DialogsDirectory, "agents", "canned.md");
        return File.Exists(file)
            ? File.ReadLines(file).Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList()
            : [];
    }
}
