namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>A list entity: its name (colour, size, product_type) and each canonical value with its synonyms.</summary>
public sealed record ListEntity(string Name, IReadOnlyDictionary<string, IReadOnlyList<string>> Values);
