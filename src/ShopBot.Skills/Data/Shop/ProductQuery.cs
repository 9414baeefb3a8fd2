namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// A catalog search. Every filter is optional; <see cref="Text"/> matches name, description, brand and SKU
/// (case-insensitive, every word must match). Prices are in minor units, inclusive.
/// </summary>
public sealed record ProductQuery
{
    public string? Text { get; init; }
    public string? Category { get; init; }
    public string? Brand { get; init; }
    public long? MinPriceCents { get; init; }
    public long? MaxPriceCents { get; init; }
    /// <summary>Only products with stock &gt; 0.</summary>
    public bool InStockOnly { get; init; }
    /// <summary>Maximum number of results, 1..10000. Default 20.</summary>
    public int Limit { get; init; } = 20;
}
