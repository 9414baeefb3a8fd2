using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>payment_issue: what happened to the order's payment (captured, pending, failed and why) and what to do next.</summary>
public sealed class PaymentIssueDialog(OrderDialogServices services) : OrderDialog(services)
{
    public override string Name => "payment_issue";

    public override IReadOnlyCollection<string> Intents => ["payment_issue"];

    protected override Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        var latest = details.Payments.OrderByDescending(p => p.CreatedAt).FirstOrDefault();
        if (latest is null) return EndAsync(turn, "PaymentNone", new { order = order.Number }, cancellationToken);
        var data = new
        {
            order = order.Number,
            amount = Money.Format(latest.AmountCents, order.Currency),
            method = Services.Responses.Has("PaymentMethod." + latest.Method) ? Services.Responses.Render("PaymentMethod." + latest.Method) : latest.Method,
            when = Date(latest.CapturedAt ?? latest.CreatedAt),
            reason = latest.FailureReason is { } code && Services.Responses.Has("PaymentFailure." + code) ? Services.Responses.Render("PaymentFailure." + code) : Services.Responses.Render("PaymentFailure.other"),
        };
        var template = latest.Status switch
        {
            PaymentStatus.Captured => "PaymentCaptured",
            PaymentStatus.Failed => "PaymentFailed",
            _ => "PaymentPending",
        };
        return EndAsync(turn, template, data, cancellationToken);
    }
}
