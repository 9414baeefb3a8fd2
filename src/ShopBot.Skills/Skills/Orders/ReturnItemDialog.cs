using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// return_item: a delivered order, inside the return window, one line at a time: which item, how many, why, how to
/// refund; then confirmation and a return label reference. The refund is made when the parcel arrives.
/// </summary>
public sealed class ReturnItemDialog(OrderDialogServices services) : OrderDialog(services)
{
    private const string AwaitQuantity = "quantity";
    private const string AwaitReason = "reason";
    private const string AwaitMethod = "method";

    public override string Name => "return_item";

    public override IReadOnlyCollection<string> Intents => ["return_item"];

    protected override bool IsStepAnswer(ITurnContext turn, DialogFrame frame) => frame.Awaiting switch
    {
        LineChoice.Awaiting => !string.IsNullOrWhiteSpace(turn.Activity.Text) && turn.Recognized?.Intent.Name is not ("stop" or "help"),
        AwaitQuantity => LineChoice.Quantity(turn) is not null,
        AwaitReason => turn.Recognized?.Intent.Name is null or "out_of_scope" or "complaint" or "review" or "return_item" or "deny"
            || Choices("ReturnReasons").Contains(turn.Activity.Text?.Trim() ?? string.Empty, StringComparer.OrdinalIgnoreCase),
        AwaitMethod => Method(turn.Activity.Text) is not null,
        _ => false,
    };

    protected override async Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        if (order.Status != OrderStatus.Delivered)
        {
            var template = OrderChangePolicy.IsBeforeShipment(order.Status) ? "ReturnNotYetDelivered" : order.Status == OrderStatus.Shipped ? "ReturnInTransit" : "ReturnNotPossible";
            return await EndAsync(turn, template, new { order = order.Number }, cancellationToken).ConfigureAwait(false);
        }

        var returnable = details.Lines.Where(l => l.Quantity - details.ReturnedQuantity(l.Id) > 0).ToList();
        if (returnable.Count == 0) return await EndAsync(turn, "ReturnNothingLeft", new { order = order.Number }, cancellationToken).ConfigureAwait(false);

        // Which item.
        var (chosen, asked) = await ChooseLineAsync(turn, frame, returnable, "ReturnWhichItem", new { order = order.Number }, cancellationToken).ConfigureAwait(false);
        if (chosen is null) return asked ?? await EndAsync(turn, "ReturnNothingLeft", new { order = order.Number }, cancellationToken).ConfigureAwait(false);
        var left = chosen.Quantity - details.ReturnedQuantity(chosen.Id);

        // The window is checked before asking anything else, so nobody answers three questions for a refusal.
        var early = Services.Policy.EvaluateReturn(details, chosen.Id, 1, Services.Time.GetUtcNow());
        if (!early.Allowed) return await EndAsync(turn, "ReturnRefused", new { order = order.Number, item = chosen.ProductName, reason = early.Message, days = Services.Policy.Options.ReturnWindowDays }, cancellationToken).ConfigureAwait(false);

        // How many.
        if (!frame.Has("quantity"))
        {
            if (left == 1) frame.Set("quantity", 1);
            else if (frame.Awaiting == AwaitQuantity && LineChoice.Quantity(turn) is { } q && q >= 1 && q <= left) frame.Set("quantity", q);
            else return await AskAsync(turn, frame, AwaitQuantity, "ReturnHowMany", new { item = chosen.ProductName, max = left }, cancellationToken).ConfigureAwait(false);
        }

        // Why.
        if (!frame.Has("reason"))
        {
            if (frame.Awaiting == AwaitReason && !string.IsNullOrWhiteSpace(turn.Activity.Text)) frame.Set("reason", turn.Activity.Text.Trim());
            else
            {
                frame.Awaiting = AwaitReason;
                await turn.ReplyWithChoicesAsync(Services.Responses, "ReturnWhy", new { item = chosen.ProductName }, Choices("ReturnReasons"), cancellationToken).ConfigureAwait(false);
                return DialogStatus.Waiting;
            }
        }

        // How to refund.
        if (!frame.Has("method"))
        {
            if (frame.Awaiting == AwaitMethod && Method(turn.Activity.Text) is { } method) frame.Set("method", method);
            else return await AskAsync(turn, frame, AwaitMethod, "ReturnRefundMethod", new { }, cancellationToken).ConfigureAwait(false);
        }

        var quantity = frame.Get<int>("quantity");
        var refundMethod = Services.Responses.Render("RefundMethod." + frame.Get<string>("method"));
        var summary = new { order = order.Number, item = chosen.ProductName, quantity, reason = frame.Get<string>("reason"), method = refundMethod, amount = Money.Format(chosen.UnitPriceCents * quantity, order.Currency) };
        if (frame.Awaiting != DialogFrame.ConfirmationStep && Services.RefundGuard is { } guard
            && await guard.InterceptAsync(turn, chosen.UnitPriceCents * quantity, order.Currency, $"return from order {order.Number}", cancellationToken).ConfigureAwait(false))
        {
            return DialogStatus.Complete;
        }

        if (await ConfirmationStepAsync(turn, frame, order.Number, "ConfirmReturn", summary, cancellationToken).ConfigureAwait(false) is { } pending) return pending;

        var reasonStored = $"{frame.Get<string>("reason")} (refund to: {frame.Get<string>("method")})";
        var result = await Services.Changes.CreateReturnAsync(order.Number, chosen.Id, quantity, reasonStored, ChangeContextFor(turn, frame, customer, details, "return"), cancellationToken).ConfigureAwait(false);
        return await EndAsync(turn, result.Succeeded ? "ReturnCreated" : ChangeOutcome.Template(result), new
        {
            summary.order,
            summary.item,
            summary.quantity,
            summary.method,
            summary.amount,
            label = result.Reference,
            reason = result.Message,
        }, cancellationToken).ConfigureAwait(false);
    }

    private IReadOnlyList<string> Choices(string template) =>
        Services.Responses.Render(template).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary><c>store_credit</c> or <c>original_payment</c> from the button titles or the shopper's words.</summary>
    private static string? Method(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.ToLowerInvariant();
        if (t.Contains("credit", StringComparison.Ordinal) || t.Contains("voucher", StringComparison.Ordinal)) return "store_credit";
        if (t.Contains("original", StringComparison.Ordinal) || t.Contains("card", StringComparison.Ordinal) || t.Contains("paypal", StringComparison.Ordinal)
            || t.Contains("back", StringComparison.Ordinal) || t.Contains("payment", StringComparison.Ordinal) || t.Contains("money", StringComparison.Ordinal)) return "original_payment";
        return null;
    }
}
