using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// cancel_order: only before shipment. Tells the fee and the refund, asks for confirmation, then cancels in one
/// transaction (idempotent per confirmation). A shipped or delivered order is offered a return instead.
/// </summary>
public sealed class CancelOrderDialog(OrderDialogServices services) : OrderDialog(services)
{
    public override string Name => "cancel_order";

    public override IReadOnlyCollection<string> Intents => ["cancel_order"];

    protected override async Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        var currency = order.Currency;
        var decision = Services.Policy.EvaluateCancel(details);
        if (!decision.Allowed)
        {
            var template = order.Status switch
            {
                OrderStatus.Shipped or OrderStatus.Delivered => "CancelAfterShipment",
                OrderStatus.Cancelled => "CancelAlreadyCancelled",
                _ => "CancelRefused",
            };
            return await EndAsync(turn, template, new { order = order.Number, reason = decision.Message }, cancellationToken).ConfigureAwait(false);
        }

        var money = new
        {
            order = order.Number,
            items = Items(details),
            fee = Money.Format(decision.FeeCents, currency),
            refund = Money.Format(decision.AmountCents, currency),
        };
        if (frame.Awaiting != DialogFrame.ConfirmationStep && Services.RefundGuard is { } guard
            && await guard.InterceptAsync(turn, decision.AmountCents, currency, $"cancel order {order.Number}", cancellationToken).ConfigureAwait(false))
        {
            return DialogStatus.Complete;
        }

        if (await ConfirmationStepAsync(turn, frame, order.Number, decision.FeeCents > 0 ? "ConfirmCancelWithFee" : "ConfirmCancel", money, cancellationToken).ConfigureAwait(false) is { } pending) return pending;

        var result = await Services.Changes.CancelOrderAsync(order.Number, ChangeContextFor(turn, frame, customer, details, "cancel"), cancellationToken).ConfigureAwait(false);
        return await EndAsync(turn, result.Succeeded ? "OrderCancelled" : ChangeOutcome.Template(result), new
        {
            order = order.Number,
            fee = Money.Format(result.FeeCents ?? 0, currency),
            refund = Money.Format(result.AmountCents ?? 0, currency),
            reason = result.Message,
        }, cancellationToken).ConfigureAwait(false);
    }
}
