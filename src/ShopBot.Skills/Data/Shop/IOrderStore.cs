namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// Reads orders. Shopper-facing code should only use <see cref="VerifyAsync"/> and
/// <see cref="GetForCustomerAsync"/>, which never return another customer's data.
/// </summary>
public interface IOrderStore
{
    /// <summary>An order with lines, shipment and events, payments, returns, refunds and invoice; null if unknown.</summary>
    Task<OrderDetails?> GetAsync(int orderNumber, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="GetAsync"/> but null unless the order belongs to <paramref name="customerId"/>.</summary>
    Task<OrderDetails?> GetForCustomerAsync(int orderNumber, long customerId, CancellationToken cancellationToken = default);

    /// <summary>The customer's orders, newest first.</summary>
    Task<IReadOnlyList<Order>> ListForCustomerAsync(long customerId, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Proves ownership: returns the order's customer when <paramref name="emailOrPostcode"/> is that customer's
    /// e-mail (any case) or the customer's or the order's delivery postcode (spaces and case ignored); otherwise null.
    /// </summary>
    Task<Customer?> VerifyAsync(int orderNumber, string emailOrPostcode, CancellationToken cancellationToken = default);
}
