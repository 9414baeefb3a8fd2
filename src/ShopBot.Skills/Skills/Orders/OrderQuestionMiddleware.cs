using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// "When will order 100235 arrive?" is a delivery question about one order: when a delivery intent comes with an
/// order number, it is answered from that order (its tracking and delivery estimate) instead of the general delivery
/// policy. Without an order number the FAQ answers from the policy as before.
/// </summary>
public sealed class OrderQuestionMiddleware : ITurnMiddleware
{
    private static readonly HashSet<string> DeliveryIntents = new(StringComparer.Ordinal) { "delivery_period", "delivery_options" };

    public Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turn.Recognized is { } r && DeliveryIntents.Contains(r.Intent.Name) && r.Entities.Any(e => e.TypeName == "order_id"))
        {
            turn.Recognized = r with { Intent = new IntentScore("track_order", r.Intent.Confidence) };
        }

        return next(cancellationToken);
    }
}
