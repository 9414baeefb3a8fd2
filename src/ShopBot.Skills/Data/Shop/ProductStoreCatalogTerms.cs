using System.Globalization;
using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// The catalogue's names for the product recogniser, read from the product store on first use (never in the
/// constructor: services are built before start-up has migrated and seeded the database). Product ids are the
/// store's ids as text, so skills can look the product up.
/// </summary>
public sealed class ProductStoreCatalogTerms : ICatalogTerms
{
    private readonly Lazy<(IReadOnlyList<(string Id, string Name)> Products, IReadOnlyList<string> Brands)> _terms;

    public ProductStoreCatalogTerms(IProductStore products)
    {
        ArgumentNullException.ThrowIfNull(products);
        _terms = new(() =>
        {
            var all = products.SearchAsync(new ProductQuery { Limit = 10_000 }).GetAwaiter().GetResult();
            return (all.Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), p.Name)).ToList(),
                    all.Select(p => p.Brand).Where(b => !string.IsNullOrWhiteSpace(b)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList());
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<(string Id, string Name)> Products => _terms.Value.Products;

    public IReadOnlyList<string> Brands => _terms.Value.Brands;
}
