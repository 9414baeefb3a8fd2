using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.Orders;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// Carries out every ownership change, whoever asks: the policy during a turn (escalate, the shopper leaving the
/// queue), an agent in the console (accept, write, note, resolve) and the timeout sweep. Each change goes through
/// <see cref="HandoffStateMachine"/>, the shared queue and the metrics, tells the shopper (templates in
/// dialogs/responses/handoff.lg), emits the Bot Framework <c>handoff.initiate</c> / <c>handoff.status</c> events into
/// the conversation, and tells the console.
/// </summary>
public sealed partial class HandoffCoordinator(
    IHandoffQueue queue,
    IHandoffMetricsStore metrics,
    IAgentPresence presence,
    IAgentNotifier notifier,
    IProactiveSender proactive,
    ConversationStateUpdater updater,
    IConversationStateStore states,
    IConversationStore conversations,
    IResponseRenderer responses,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffCoordinator> logger)
{
    /// <summary>State key of notes agents wrote about the conversation (never shown to the shopper).</summary>
    public const string NotesKey = "agentNotes";

    /// <summary>State key set when the shopper is asked to rate the help they got.</summary>
    public const string RatingPendingKey = "ratingPending";

    private const int TranscriptInEvent = 50;

    /// <summary>
    /// During a turn: hands the conversation to the queue, or, outside support hours or with no agent online, says so
    /// and keeps the bot in charge. Returns true when the conversation was queued.
    /// </summary>
    public async Task<bool> EscalateAsync(ITurnContext turn, EscalationDecision decision, CancellationToken cancellationToken)
    {
        var conversationId = turn.Activity.Conversation!.Id!;
        var hours = SupportHours.From(options.Value);
        var now = time.GetUtcNow();
        if (!hours.IsOpen(now) || presence.OnlineAgents == 0)
        {
            LogNoAgent(conversationId, decision.Reason, hours.IsOpen(now) ? "no agent online" : "outside support hours");
            await turn.ReplyAsync(responses, hours.IsOpen(now) ? "NoAgentOnline" : "OutsideSupportHours", new { opens = options.Value.SupportOpens, closes = options.Value.SupportCloses, zone = options.Value.TimeZone }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var current = turn.State.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot;
        var (next, refusal) = HandoffStateMachine.Apply(current, HandoffEvent.Escalated, now, decision.Reason);
        if (refusal is not null) return false;

        var annotations = turn.State.Get<List<TurnAnnotation>>(TurnAnnotation.StateKey) ?? [];
        var transcript = (await conversations.ReadAsync(conversationId, 0, 10_000, cancellationToken).ConfigureAwait(false)).Select(a => a.Activity).ToList();
        var customer = turn.State.Get<VerifiedCustomer>(CustomerIdentity.StateKey);
        var summary = HandoffSummary.Build(customer?.Name, annotations, transcript, decision.Reason);
        var topic = HandoffTopics.Of(annotations);
        var priority = decision.Reason is EscalationReason.NegativeSentiment or EscalationReason.FallingSentiment or EscalationReason.RiskyAction ? 1 : 0;
        await queue.EnqueueAsync(new HandoffQueueEntry(conversationId, turn.Activity.ChannelId ?? "unknown", topic, priority, decision.Reason, summary, now, Ownership.Queued, null, null), cancellationToken).ConfigureAwait(false);
        await metrics.QueuedAsync(conversationId, decision.Reason, now, cancellationToken).ConfigureAwait(false);
        turn.State.Set(HandoffState.StateKey, next);
        new DialogStack(turn.State).Clear();

        await turn.SendAsync(new Activity
        {
            Type = ActivityTypes.Event,
            Name = "handoff.initiate",
            Value = JsonSerializer.SerializeToElement(new { topic, reason = decision.Reason.ToString(), priority, summary }, ActivityJson.Options),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = "Transcript",
                    Content = JsonSerializer.SerializeToElement(new { activities = transcript.TakeLast(TranscriptInEvent) }, ActivityJson.Options),
                },
            ],
        }, cancellationToken).ConfigureAwait(false);

        var position = await queue.PositionAsync(conversationId, cancellationToken).ConfigureAwait(false) ?? 1;
        var minutes = (int)Math.Ceiling(position * (double)options.Value.AverageHandlingMinutes / Math.Max(1, presence.OnlineAgents));
        await turn.ReplyAsync(responses, "HandoffQueued", new { position, minutes }, cancellationToken).ConfigureAwait(false);
        LogEscalated(conversationId, decision.Reason, decision.Explanation, topic, position);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>During a turn while a person owns (or is about to own) the conversation: the message goes to them, not to skills.</summary>
    public async Task RelayFromShopperAsync(ITurnContext turn, HandoffState state, CancellationToken cancellationToken)
    {
        var conversationId = turn.Activity.Conversation!.Id!;
        if (state.Owner == Ownership.Queued && turn.Recognized?.Intent.Name == "stop")
        {
            var (next, _) = HandoffStateMachine.Apply(state, HandoffEvent.Abandoned, time.GetUtcNow());
            turn.State.Set(HandoffState.StateKey, next);
            await queue.RemoveAsync(conversationId, cancellationToken).ConfigureAwait(false);
            await metrics.EndedAsync(conversationId, "abandoned", time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await turn.ReplyAsync(responses, "HandoffCancelled", null, cancellationToken).ConfigureAwait(false);
            await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await notifier.ConversationChangedAsync(conversationId, turn.Activity, cancellationToken).ConfigureAwait(false);
        if (state.Owner == Ownership.Queued)
        {
            var position = await queue.PositionAsync(conversationId, cancellationToken).ConfigureAwait(false) ?? 1;
            await turn.ReplyAsync(responses, "StillWaiting", new { position }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An agent takes a waiting conversation. Null on success, else why not (someone else took it, it left the queue).</summary>
    public async Task<string?> AcceptAsync(string conversationId, AgentIdentity agent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!await queue.TryAcceptAsync(conversationId, agent.Id, now, cancellationToken).ConfigureAwait(false))
        {
            return "This conversation is no longer waiting: another agent took it, or the shopper left.";
        }

        var refusal = await updater.UpdateAsync(conversationId, state =>
        {
            var (next, why) = HandoffStateMachine.Apply(state.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot, HandoffEvent.Accepted, now, agentId: agent.Id, agentName: agent.Name);
            if (why is null) state.Set(HandoffState.StateKey, next);
            return Task.FromResult(why);
        }, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            await queue.RemoveAsync(conversationId, cancellationToken).ConfigureAwait(false);
            return refusal;
        }

        await metrics.AcceptedAsync(conversationId, agent.Id, now, cancellationToken).ConfigureAwait(false);
        await StatusAsync(conversationId, "accepted", null, cancellationToken).ConfigureAwait(false);
        var joined = TurnReplies.Compose(responses, "AgentJoined", new { agent = agent.Name });
        joined.From = AgentAccount(agent);
        await proactive.SendAsync(conversationId, joined, cancellationToken).ConfigureAwait(false);
        LogAccepted(conversationId, agent.Id);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        await notifier.ConversationChangedAsync(conversationId, joined, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>The owning agent writes to the shopper; the message appears in the chat under the agent's name.</summary>
    public async Task<string?> SendFromAgentAsync(string conversationId, AgentIdentity agent, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return "The message is empty.";
        if (text.Length > 4000) return "The message is longer than 4000 characters.";
        var state = (await states.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false)).Get<HandoffState>(HandoffState.StateKey);
        if (state is not { Owner: Ownership.Agent } || state.AgentId != agent.Id) return "You are not the agent of this conversation.";
        var message = new Activity { Type = ActivityTypes.Message, Text = text.Trim(), From = AgentAccount(agent) };
        await proactive.SendAsync(conversationId, message, cancellationToken).ConfigureAwait(false);
        await notifier.ConversationChangedAsync(conversationId, message, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>An internal note about the conversation, for agents only.</summary>
    public async Task<string?> AddNoteAsync(string conversationId, AgentIdentity agent, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000) return "A note must have 1 to 4000 characters.";
        await updater.UpdateAsync(conversationId, state =>
        {
            var notes = state.Get<List<AgentNote>>(NotesKey) ?? [];
            notes.Add(new AgentNote(agent.Name, text.Trim(), time.GetUtcNow()));
            state.Set(NotesKey, notes);
            return Task.FromResult(0);
        }, cancellationToken).ConfigureAwait(false);
        await notifier.ConversationChangedAsync(conversationId, null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>The owning agent gives the conversation back to the bot, which says so and asks for a rating.</summary>
    public async Task<string?> ResolveAsync(string conversationId, AgentIdentity agent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var refusal = await updater.UpdateAsync(conversationId, state =>
        {
            var current = state.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot;
            if (current.Owner == Ownership.Agent && current.AgentId != agent.Id) return Task.FromResult<string?>("Another agent owns this conversation.");
            var (next, why) = HandoffStateMachine.Apply(current, HandoffEvent.Resolved, now);
            if (why is null)
            {
                state.Set(HandoffState.StateKey, next);
                state.Set(RatingPendingKey, true);
            }

            return Task.FromResult(why);
        }, cancellationToken).ConfigureAwait(false);
        if (refusal is not null) return refusal;

        await queue.RemoveAsync(conversationId, cancellationToken).ConfigureAwait(false);
        await metrics.EndedAsync(conversationId, "resolved", now, cancellationToken).ConfigureAwait(false);
        await StatusAsync(conversationId, "completed", null, cancellationToken).ConfigureAwait(false);
        await proactive.SendAsync(conversationId, TurnReplies.Compose(responses, "HandoffResolved", new { agent = agent.Name }), cancellationToken).ConfigureAwait(false);
        LogResolved(conversationId, agent.Id);
        await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        await notifier.ConversationChangedAsync(conversationId, null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Returns conversations nobody accepted in time to the bot, with an apology. Returns how many.</summary>
    public async Task<int> TimeOutWaitingAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = await queue.ListWaitingSinceAsync(now.AddMinutes(-options.Value.QueueTimeoutMinutes), cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var entry in expired)
        {
            var timedOut = await updater.UpdateAsync(entry.ConversationId, state =>
            {
                var (next, why) = HandoffStateMachine.Apply(state.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot, HandoffEvent.TimedOut, now);
                if (why is null) state.Set(HandoffState.StateKey, next);
                return Task.FromResult(why is null);
            }, cancellationToken).ConfigureAwait(false);
            if (!await queue.RemoveAsync(entry.ConversationId, cancellationToken).ConfigureAwait(false) || !timedOut) continue;
            await metrics.EndedAsync(entry.ConversationId, "timed_out", now, cancellationToken).ConfigureAwait(false);
            await StatusAsync(entry.ConversationId, "failed", "No agent accepted the conversation in time.", cancellationToken).ConfigureAwait(false);
            await proactive.SendAsync(entry.ConversationId, TurnReplies.Compose(responses, "HandoffTimedOut", new { minutes = options.Value.QueueTimeoutMinutes }), cancellationToken).ConfigureAwait(false);
            LogTimedOut(entry.ConversationId);
            count++;
        }

        if (count > 0) await notifier.QueueChangedAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private Task<string?> StatusAsync(string conversationId, string state, string? message, CancellationToken cancellationToken) =>
        proactive.SendAsync(conversationId, new Activity
        {
            Type = ActivityTypes.Event,
            Name = "handoff.status",
            Value = JsonSerializer.SerializeToElement(new { state, message }, ActivityJson.Options),
        }, cancellationToken);

    /// <summary>Agents speak from the bot's side of the chat (role bot) under their own name and id.</summary>
    private static ChannelAccount AgentAccount(AgentIdentity agent) => new() { Id = "agent:" + agent.Id, Name = agent.Name, Role = RoleTypes.Bot };

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: handed over ({Reason}: {Explanation}), topic {Topic}, place {Position}")]
    private partial void LogEscalated(string conversationId, EscalationReason reason, string explanation, string topic, int position);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: no handover ({Reason}) because of {Why}")]
    private partial void LogNoAgent(string conversationId, EscalationReason reason, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: accepted by agent {AgentId}")]
    private partial void LogAccepted(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: resolved by agent {AgentId}, back to the bot")]
    private partial void LogResolved(string conversationId, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: nobody accepted it in time, back to the bot")]
    private partial void LogTimedOut(string conversationId);
}
