namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>
/// The words of the shop's catalogue that the NLU should recognise: product names with their ids, and brands.
/// The shop data layer implements it; the recognizers only read it. Implementations are thread-safe.
/// </summary>
public interface ICatalogTerms
{
    /// <summary>Every product as (id, display name), e.g. ("p-1042", "Blue Hoodie").</summary>
    IReadOnlyList<(string Id, string Name)> Products { get; }

    /// <summary>Brand names, e.g. "Acme".</summary>
    IReadOnlyList<string> Brands { get; }
}
