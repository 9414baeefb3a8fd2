namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// A catalog product. Money is in minor units (pence/cents). <see cref="CostCents"/> is internal: never show it to a
/// shopper. <see cref="RestockDate"/> is set when stock is zero and a delivery from the supplier is expected.
/// </summary>
/// <remarks><c>Sku</c>: Stock keeping unit like <c>AUD-0042</c> (<c>[A-Z]{2,4}-\d{3,5}</c>).</remarks>
/// <remarks><c>Attributes</c>: Free attributes such as <c>colour</c>, <c>sizes</c>, <c>material</c>.</remarks>
/// <remarks><c>InboundQuantity</c>: Units ordered from the supplier and not yet received.</remarks>
public sealed record Product(
    long Id,
    string Sku,
    string Name,
    string Description,
    string Category,
    string Brand,
    IReadOnlyDictionary<string, string> Attributes,
    long PriceCents,
    long CostCents,
    int Stock,
    DateOnly? RestockDate,
    int InboundQuantity,
    int SupplierLeadTimeDays,
    string ImageUrl)
{
    /// <summary>True when at least one unit can be shipped now.</summary>
    public bool InStock => Stock > 0;
}
