using System.Globalization;
using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// The catalogue's names for the product recogniser, read once from the product store (the NLU is built at start-up,
/// after migrations and seeding). Product ids are the store's ids as text, so skills can look the product up.
/// </summary>
public sealed class ProductStoreCatalogTerms : ICatalogTerms
{
    public ProductStoreCatalogTerms(IProductStore products)
    {
        ArgumentNullException.ThrowIfNull(products);
        var all = products.SearchAsync(new ProductQuery { Limit = 10_000 }).GetAwaiter().GetResult();
        Products = all.Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), p.Name)).ToList();
        Brands = all.Select(p => p.Brand).Where(b => !string.IsNullOrWhiteSpace(b)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<(string Id, string Name)> Products { get; }

    public IReadOnlyList<string> Brands { get; }
}
