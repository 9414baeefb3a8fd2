namespace ShopBot.Skills.Data.Shop;

/// <summary>Reads customers and their address books.</summary>
public interface ICustomerStore
{
    Task<Customer?> GetByIdAsync(long customerId, CancellationToken cancellationToken = default);

    /// <summary>Finds a customer by e-mail, ignoring case and surrounding spaces.</summary>
    Task<Customer?> GetByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Address>> ListAddressesAsync(long customerId, CancellationToken cancellationToken = default);
}
