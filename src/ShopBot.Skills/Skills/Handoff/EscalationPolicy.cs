namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// Decides, from one turn's signals, whether the bot hands the conversation to a person, offers to, or carries on.
/// Explicit requests, accepted offers and risky actions hand over; an upset shopper (or, without an upset detector, a
/// strongly negative message) or clearly falling negative sentiment (down
/// to <see cref="HandoffOptions.FallingSentimentFloor"/>, by at least as much, and by at least
/// <see cref="HandoffOptions.FallingSentimentMinStep"/> at every step) and repeated
/// misunderstanding make the bot offer a person and let the shopper choose. Pure: the caller logs the decision.
/// </summary>
public sealed class EscalationPolicy(HandoffOptions options)
{
    public EscalationDecision Decide(EscalationSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Intent == "contact_human_agent") return new(EscalationAction.Escalate, EscalationReason.AskedForPerson, "the shopper asked for a person");
        if (signals.OfferPending && signals.Intent == "affirm") return new(EscalationAction.Escalate, EscalationReason.AcceptedOffer, "the shopper accepted the offer of a person");
        if (signals.RiskyAction is { } risky) return new(EscalationAction.Escalate, EscalationReason.RiskyAction, risky);
        if (signals.OfferPending) return EscalationDecision.Continue; // never offer twice in a row

        // A negative message, with an upset detector: it decides; the score alone cannot, being a confidence ("a bit
        // disappointed with the colour" scores as low as "WHERE IS MY REFUND"). Without a detector, or on a message that
        // does not read negative (no upset figure; its score is never at the threshold either), the score rule stands.
        var history = signals.SentimentHistory;
        if (signals.Upset is { } upset)
        {
            if (upset >= options.UpsetThreshold)
                return new(EscalationAction.Offer, EscalationReason.NegativeSentiment, $"upset {upset:0.00} at or above {options.UpsetThreshold:0.00}");
        }
        else if (history.Count > 0 && history[^1] <= options.NegativeSentimentThreshold)
        {
            return new(EscalationAction.Offer, EscalationReason.NegativeSentiment, $"sentiment {history[^1]:0.00} at or below {options.NegativeSentimentThreshold:0.00}");
        }

        var n = options.FallingSentimentTurns;
        var floor = options.FallingSentimentFloor;
        if (history.Count >= n && history[^1] <= floor && history[^n] - history[^1] >= -floor)
        {
            var falling = true;
            for (var i = history.Count - n + 1; i < history.Count; i++) falling &= history[i - 1] - history[i] >= options.FallingSentimentMinStep;
            if (falling) return new(EscalationAction.Offer, EscalationReason.FallingSentiment, $"sentiment fell over the last {n} messages to {history[^1]:0.00}");
        }

        if (signals.FallbacksInARow >= options.FallbacksBeforeOffer)
        {
            return new(EscalationAction.Offer, EscalationReason.RepeatedFallback, $"{signals.FallbacksInARow} messages in a row not understood");
        }

        return EscalationDecision.Continue;
    }
}
