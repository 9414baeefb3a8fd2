namespace ShopBot.Skills.Data.Shop;

/// <summary>Reads the catalog.</summary>
public interface IProductStore
{
    Task<Product?> GetByIdAsync(long productId, CancellationToken cancellationToken = default);

    /// <summary>Finds a product by SKU, ignoring case.</summary>
    Task<Product?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>Products matching every filter of <paramref name="query"/>, ordered by name then id.</summary>
    Task<IReadOnlyList<Product>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default);

    /// <summary>Distinct categories, alphabetical.</summary>
    Task<IReadOnlyList<string>> ListCategoriesAsync(CancellationToken cancellationToken = default);
}
