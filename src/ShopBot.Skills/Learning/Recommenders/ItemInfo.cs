namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Catalogue facts the recommenders use for content features, constraints and reasons.</summary>
/// <param name="Id">Product id (the item id of interactions).</param>
/// <param name="Name">Display name.</param>
/// <param name="Category">Category, e.g. "Audio".</param>
/// <param name="Brand">Brand name.</param>
/// <param name="Price">Current price.</param>
/// <param name="InStock">Whether it can be bought now.</param>
/// <param name="Attributes">Free attributes (colour, material, ...), used as content features.</param>
public sealed record ItemInfo(
    string Id,
    string Name,
    string Category,
    string Brand,
    decimal Price,
    bool InStock,
    IReadOnlyDictionary<string, string>? Attributes = null);
