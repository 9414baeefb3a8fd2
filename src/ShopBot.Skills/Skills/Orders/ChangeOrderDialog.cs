using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>change_order: change how many of one item, only while the order has not shipped; confirmed, with the money difference.</summary>
public sealed class ChangeOrderDialog(OrderDialogServices services) : OrderDialog(services)
{
    private const string AwaitQuantity = "quantity";

    public override string Name => "change_order";

    public override IReadOnlyCollection<string> Intents => ["change_order"];

    protected override bool IsStepAnswer(ITurnContext turn, DialogFrame frame) => frame.Awaiting switch
    {
        LineChoice.Awaiting => !string.IsNullOrWhiteSpace(turn.Activity.Text) && turn.Recognized?.Intent.Name is not ("stop" or "help"),
        AwaitQuantity => LineChoice.Quantity(turn) is not null,
        _ => false,
    };

    protected override async Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        if (!OrderChangePolicy.IsBeforeShipment(order.Status))
        {
            return await EndAsync(turn, "ChangeOrderTooLate", new { order = order.Number }, cancellationToken).ConfigureAwait(false);
        }

        var (chosen, asked) = await ChooseLineAsync(turn, frame, details.Lines, "ChangeWhichItem", new { order = order.Number }, cancellationToken).ConfigureAwait(false);
        if (chosen is null) return asked ?? await EndAsync(turn, "ChangeOrderRefused", new { order = order.Number, reason = string.Empty }, cancellationToken).ConfigureAwait(false);
        if (!frame.Has("quantity"))
        {
            // A quantity in the request itself ("make it 3 notebooks") counts once the item is known.
            if (LineChoice.Quantity(turn) is { } q && frame.Awaiting is AwaitQuantity or LineChoice.Awaiting or null) frame.Set("quantity", q);
            else return await AskAsync(turn, frame, AwaitQuantity, "ChangeHowMany", new { item = chosen.ProductName, current = chosen.Quantity, max = Services.Policy.Options.MaxLineQuantity }, cancellationToken).ConfigureAwait(false);
        }

        var quantity = frame.Get<int>("quantity");
        var decision = Services.Policy.EvaluateLineChange(details, chosen.Id, quantity);
        if (!decision.Allowed) return await EndAsync(turn, "ChangeOrderRefused", new { order = order.Number, reason = decision.Message }, cancellationToken).ConfigureAwait(false);
        var data = new { order = order.Number, item = chosen.ProductName, from = chosen.Quantity, to = quantity, difference = Money.Format(Math.Abs((quantity - chosen.Quantity) * chosen.UnitPriceCents), order.Currency) };
        var confirm = quantity > chosen.Quantity ? "ConfirmQuantityUp" : "ConfirmQuantityDown";
        if (await ConfirmationStepAsync(turn, frame, order.Number, confirm, data, cancellationToken).ConfigureAwait(false) is { } pending) return pending;

        var result = await Services.Changes.ChangeLineQuantityAsync(order.Number, chosen.Id, quantity, ChangeContextFor(turn, frame, customer, details, "quantity"), cancellationToken).ConfigureAwait(false);
        return await EndAsync(turn, result.Succeeded ? "OrderChanged" : ChangeOutcome.Template(result), new { data.order, data.item, data.to, reason = result.Message }, cancellationToken).ConfigureAwait(false);
    }
}
