using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>track_order: the order's state, items, carrier, latest tracking events and the delivery estimate.</summary>
public sealed class TrackOrderDialog(OrderDialogServices services) : OrderDialog(services)
{
    public override string Name => "track_order";

    public override IReadOnlyCollection<string> Intents => ["track_order"];

    protected override async Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        var shipment = details.Shipment;
        var data = new Dictionary<string, object?>
        {
            ["order"] = order.Number,
            ["placed"] = Date(order.PlacedAt),
            ["status"] = Services.Responses.Render("Status." + order.Status.ToString().ToLowerInvariant()),
            ["items"] = Items(details),
            ["carrier"] = shipment?.Carrier,
            ["tracking"] = shipment?.TrackingNumber,
            ["estimate"] = shipment?.EstimatedDelivery is { } eta ? Date(eta) : null,
            ["delivered"] = shipment?.DeliveredAt is { } at ? Date(at) : null,
            ["events"] = shipment is null ? null : string.Join("\n", shipment.Events.OrderByDescending(e => e.At).Take(3)
                .Select(e => $"- {e.At:d MMM HH:mm}, {e.Location}: {e.Description}")),
        };
        var template = order.Status switch
        {
            OrderStatus.Shipped => "TrackShipped",
            OrderStatus.Delivered => "TrackDelivered",
            OrderStatus.Cancelled => "TrackCancelled",
            OrderStatus.Returned => "TrackReturned",
            _ => "TrackNotShipped",
        };
        return await EndAsync(turn, template, data, cancellationToken).ConfigureAwait(false);
    }
}
