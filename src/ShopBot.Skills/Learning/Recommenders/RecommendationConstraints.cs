namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>The shopper's constraints (from NLU entities); null fields do not constrain.</summary>
/// <param name="Category">Category, case-insensitive.</param>
/// <param name="Brand">Brand, case-insensitive.</param>
/// <param name="MinPrice">Lowest price, inclusive.</param>
/// <param name="MaxPrice">Highest price, inclusive ("under $100" = 100).</param>
/// <param name="InStockOnly">Only items that can be bought now.</param>
/// <param name="Attributes">Required attribute values ("in black": colour = black), keys and values case-insensitive.</param>
public sealed record RecommendationConstraints(
    string? Category = null,
    string? Brand = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    bool InStockOnly = false,
    IReadOnlyDictionary<string, string>? Attributes = null)
{
    /// <summary>No constraint at all.</summary>
    public static RecommendationConstraints None { get; } = new();

    /// <summary>The filter predicate over item metadata.</summary>
    public bool Matches(ItemInfo item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (Category is null || string.Equals(item.Category, Category, StringComparison.OrdinalIgnoreCase))
            && (Brand is null || string.Equals(item.Brand, Brand, StringComparison.OrdinalIgnoreCase))
            && (MinPrice is null || item.Price >= MinPrice)
            && (MaxPrice is null || item.Price <= MaxPrice)
            && (!InStockOnly || item.InStock)
            && (Attributes is null || Attributes.All(required => HasAttribute(item, required.Key, required.Value)));
    }

    private static bool HasAttribute(ItemInfo item, string key, string value) =>
        item.Attributes is not null && item.Attributes.Any(a =>
            string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Value, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws when the constraints contradict themselves.</summary>
    /// <exception cref="ArgumentException">A price bound is negative or the minimum exceeds the maximum.</exception>
    public void Validate()
    {
        if (MinPrice < 0 || MaxPrice < 0) throw new ArgumentException("price bounds cannot be negative");
        if (MinPrice > MaxPrice) throw new ArgumentException($"the minimum price {MinPrice} is above the maximum {MaxPrice}");
    }
}
