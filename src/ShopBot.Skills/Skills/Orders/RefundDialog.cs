using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// track_refund and get_refund: the order's refunds with amounts, status and dates. Refunds are created by a
/// cancellation or a return; without one, the shopper is pointed to the way that applies to the order's state.
/// </summary>
public sealed class RefundDialog(OrderDialogServices services) : OrderDialog(services)
{
    public override string Name => "refunds";

    public override IReadOnlyCollection<string> Intents => ["track_refund", "get_refund"];

    protected override Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        if (details.Refunds.Count > 0)
        {
            var lines = string.Join("\n", details.Refunds.OrderBy(r => r.CreatedAt).Select(r =>
                "- " + Services.Responses.Render("RefundLine", new
                {
                    amount = Money.Format(r.AmountCents, order.Currency),
                    status = Services.Responses.Render("RefundStatus." + r.Status.ToString().ToLowerInvariant()),
                    created = Date(r.CreatedAt),
                    completed = r.CompletedAt is { } done ? Date(done) : "-",
                    method = Services.Responses.Render("RefundMethod." + r.Method),
                })));
            return EndAsync(turn, "RefundsList", new { order = order.Number, refunds = lines, total = Money.Format(details.RefundedCents, order.Currency) }, cancellationToken);
        }

        var template = order.Status switch
        {
            OrderStatus.Delivered => "NoRefundDelivered",
            OrderStatus.Shipped => "NoRefundInTransit",
            OrderStatus.Cancelled or OrderStatus.Returned => "NoRefundNothingPaid",
            _ => "NoRefundNotShipped",
        };
        return EndAsync(turn, template, new { order = order.Number, days = Services.Policy.Options.ReturnWindowDays }, cancellationToken);
    }
}
