using Microsoft.Extensions.Logging;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.SmallTalk;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// Ownership and escalation in the turn, between the NLU and the router. While a person owns (or is about to own)
/// the conversation, the shopper's messages go to them and skills stay quiet. Otherwise every message is annotated
/// (intent, sentiment) and the <see cref="EscalationPolicy"/> decides: hand over now, offer a person after the bot's
/// answer, or carry on; every decision other than "carry on" is logged with its reason. After a person has helped,
/// the shopper's 1-5 rating is recorded.
/// </summary>
public sealed partial class HandoffMiddleware(
    EscalationPolicy policy,
    HandoffCoordinator coordinator,
    IHandoffMetricsStore metrics,
    IResponseRenderer responses,
    ILogger<HandoffMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var state = turn.State.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot;
        var annotations = Annotate(turn);
        if (state.Owner is Ownership.Queued or Ownership.Agent)
        {
            await coordinator.RelayFromShopperAsync(turn, state, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (turn.State.Remove(HandoffCoordinator.RatingPendingKey) && int.TryParse(activity.Text?.Trim(), out var rating) && rating is >= 1 and <= 5)
        {
            await metrics.RatedAsync(activity.Conversation!.Id!, rating, cancellationToken).ConfigureAwait(false);
            await turn.ReplyAsync(responses, "ThanksForRating", new { rating }, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A message answering a dialog's question (an order number, an e-mail) is not free text: neither its intent nor
        // its sentiment says anything about the shopper's mood, so only an explicit request for a person counts then.
        var intent = turn.Recognized?.Intent.Name ?? RecognizerResult.OutOfScope;
        var inDialog = new DialogStack(turn.State).Active is not null;
        var fallbacks = !inDialog && intent == RecognizerResult.OutOfScope ? turn.State.Get<int>(FallbackSkill.FallbackCountKey) + 1 : 0;
        var sentiments = inDialog ? [] : annotations.Select(a => a.Sentiment).TakeLast(5).ToList();
        var upset = inDialog ? null : turn.Recognized?.Sentiment.Upset;
        var decision = policy.Decide(new EscalationSignals(intent, sentiments, fallbacks, state.OfferPending, Upset: upset));
        if (decision.Action != EscalationAction.None) LogDecision(activity.Conversation?.Id, decision.Action, decision.Reason, decision.Explanation);
        if (state.OfferPending) turn.State.Set(HandoffState.StateKey, state with { OfferPending = false });

        if (decision.Action == EscalationAction.Escalate)
        {
            await coordinator.EscalateAsync(turn, decision, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (state.OfferPending && intent == "deny")
        {
            await turn.ReplyAsync(responses, "OfferDeclined", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);

        // Offer after the bot's own answer, and never in the middle of a dialog waiting for an answer.
        if (decision.Action == EscalationAction.Offer && new DialogStack(turn.State).Active is null)
        {
            await turn.ReplyAsync(responses, "OfferPerson", null, cancellationToken).ConfigureAwait(false);
            var after = turn.State.Get<HandoffState>(HandoffState.StateKey) ?? HandoffState.Bot;
            turn.State.Set(HandoffState.StateKey, after with { OfferPending = true });
        }
    }

    private static List<TurnAnnotation> Annotate(ITurnContext turn)
    {
        var annotations = turn.State.Get<List<TurnAnnotation>>(TurnAnnotation.StateKey) ?? [];
        if (turn.Recognized is { } r)
        {
            annotations.Add(new TurnAnnotation(turn.Activity.Id ?? string.Empty, r.Text, r.Intent.Name, r.Intent.Confidence, r.Sentiment.Score, r.Sentiment.Upset));
            if (annotations.Count > TurnAnnotation.Kept) annotations.RemoveRange(0, annotations.Count - TurnAnnotation.Kept);
            turn.State.Set(TurnAnnotation.StateKey, annotations);
        }

        return annotations;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: escalation policy says {Action} ({Reason}: {Explanation})")]
    private partial void LogDecision(string? conversationId, EscalationAction action, EscalationReason reason, string explanation);
}
