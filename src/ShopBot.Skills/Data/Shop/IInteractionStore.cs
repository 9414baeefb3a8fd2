namespace ShopBot.Skills.Data.Shop;

/// <summary>Customer-product interactions for recommenders.</summary>
public interface IInteractionStore
{
    /// <summary>Every interaction, ordered by time then customer (training input).</summary>
    Task<IReadOnlyList<ProductInteraction>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>One customer's interactions, oldest first.</summary>
    Task<IReadOnlyList<ProductInteraction>> GetForCustomerAsync(long customerId, CancellationToken cancellationToken = default);

    /// <summary>Records an interaction.</summary>
    Task AddAsync(ProductInteraction interaction, CancellationToken cancellationToken = default);
}
