namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// Changes orders. Each call is one transaction that re-checks the <see cref="OrderChangePolicy"/> rules on current
/// data, updates the order with a version check (two conversations racing: exactly one wins), writes an audit record
/// and remembers the result under the caller's idempotency key (the same key again returns the same result).
/// </summary>
public interface IOrderChangeStore
{
    /// <summary>Cancels an order before shipment, keeps the fee and refunds the rest of what was paid.</summary>
    Task<ChangeResult> CancelOrderAsync(int orderNumber, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>Changes the delivery address before shipment.</summary>
    Task<ChangeResult> ChangeShippingAddressAsync(int orderNumber, PostalAddress address, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>Changes one line's quantity before shipment; on a paid order the difference becomes a refund or a pending payment.</summary>
    Task<ChangeResult> ChangeLineQuantityAsync(int orderNumber, long lineId, int newQuantity, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>Starts a return of some units of one delivered line within the return window; issues a label reference.</summary>
    Task<ChangeResult> CreateReturnAsync(int orderNumber, long lineId, int quantity, string reason, ChangeContext context, CancellationToken cancellationToken = default);

    /// <summary>Creates a pending refund no larger than paid minus refunded.</summary>
    /// <remarks><c>method</c>: original_payment or store_credit.</remarks>
    Task<ChangeResult> CreateRefundAsync(int orderNumber, long amountCents, string method, long? returnId, ChangeContext context, CancellationToken cancellationToken = default);
}
