using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>change_shipping_address: only while the order has not shipped; the new address as "street, city, postcode", confirmed.</summary>
public sealed class ChangeAddressDialog(OrderDialogServices services) : OrderDialog(services)
{
    private const string AwaitAddress = "address";

    public override string Name => "change_shipping_address";

    public override IReadOnlyCollection<string> Intents => ["change_shipping_address"];

    protected override bool IsStepAnswer(ITurnContext turn, DialogFrame frame) =>
        frame.Awaiting == AwaitAddress && Parse(turn.Activity.Text, "x", "x") is not null;

    protected override async Task<DialogStatus> ContinueWithOrderAsync(ITurnContext turn, DialogFrame frame, OrderDetails details, VerifiedCustomer customer, CancellationToken cancellationToken)
    {
        var order = details.Order;
        var decision = Services.Policy.EvaluateAddressChange(details);
        if (!decision.Allowed) return await EndAsync(turn, "AddressChangeRefused", new { order = order.Number, reason = decision.Message }, cancellationToken).ConfigureAwait(false);

        if (!frame.Has("address"))
        {
            var parsed = frame.Awaiting == AwaitAddress ? Parse(turn.Activity.Text, customer.Name, order.ShippingAddress.Country) : null;
            if (parsed is null) return await AskAsync(turn, frame, AwaitAddress, "AskNewAddress", new { order = order.Number, current = Format(order.ShippingAddress) }, cancellationToken).ConfigureAwait(false);
            frame.Set("address", parsed);
        }

        var address = frame.Get<PostalAddress>("address")!;
        var data = new { order = order.Number, address = Format(address) };
        if (await ConfirmationStepAsync(turn, frame, order.Number, "ConfirmAddress", data, cancellationToken).ConfigureAwait(false) is { } pending) return pending;

        var result = await Services.Changes.ChangeShippingAddressAsync(order.Number, address, ChangeContextFor(turn, frame, customer, details, "address"), cancellationToken).ConfigureAwait(false);
        return await EndAsync(turn, result.Succeeded ? "AddressChanged" : ChangeOutcome.Template(result), new { data.order, data.address, reason = result.Message }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"street[, line 2], city, postcode": at least three comma-separated parts, the last with a digit.</summary>
    internal static PostalAddress? Parse(string? text, string name, string country)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300) return null;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 4 || !parts[^1].Any(char.IsDigit) || parts[^1].Length > 10) return null;
        return new PostalAddress(name, parts[0], parts.Length == 4 ? parts[1] : null, parts[^2], parts[^1].ToUpperInvariant(), country);
    }

    private static string Format(PostalAddress a) => string.Join(", ", new[] { a.Line1, a.Line2, a.City, a.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
