using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>check_invoice and get_invoice: the order's invoice number, date, amount and where to download it.</summary>
public sealed class InvoiceDialog(OrderDialogServices services) : OrderDialog(services)
{
    public override string Name => "invoice";

    public override IReadOnlyCollection<string> Intents => ["check_invoice", "get_invoice"];

    protected override Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        return details.Invoice is { } invoice
            ? EndAsync(turn, "InvoiceDetails", new { order = order.Number, number = invoice.Number, issued = Date(invoice.IssuedAt), amount = Money.Format(invoice.AmountCents, order.Currency), link = invoice.PdfReference }, cancellationToken)
            : EndAsync(turn, "NoInvoiceYet", new { order = order.Number }, cancellationToken);
    }
}
