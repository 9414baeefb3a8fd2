namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>What one message asks of the recommender, read from its entities (and a few cue phrases for what no entity gives).</summary>
/// <param name="ProductType">Canonical product type (list entity <c>product_type</c>).</param>
/// <param name="Colour">Canonical colour (list entity <c>colour</c>).</param>
/// <param name="Brand">Brand (entity <c>brand</c>).</param>
/// <param name="MinCents">Lower price bound in minor units ("over £20", "between £20 and £40").</param>
/// <param name="MaxCents">Upper price bound in minor units ("under £100").</param>
/// <param name="InStockOnly">"in stock" was asked for.</param>
/// <param name="ProductId">A catalogue product named in the message.</param>
/// <param name="Ordinal">A position in the last carousel, 1-based; -1 = the last one.</param>
/// <param name="Cheaper">"cheaper" and the like.</param>
/// <param name="Similar">"more like", "similar" and the like.</param>
/// <param name="GoesWith">"goes well with", "buy with" and the like.</param>
public sealed record ShopperAsk(
    string? ProductType = null,
    string? Colour = null,
    string? Brand = null,
    long? MinCents = null,
    long? MaxCents = null,
    bool InStockOnly = false,
    long? ProductId = null,
    int? Ordinal = null,
    bool Cheaper = false,
    bool Similar = false,
    bool GoesWith = false)
{
    /// <summary>True when the message only narrows the last request (colour, brand, price, stock) without naming a new product type.</summary>
    public bool IsRefinement => ProductType is null && (Colour is not null || Brand is not null || MinCents is not null || MaxCents is not null || InStockOnly);

    /// <summary>True when the message makes sense as a follow-up to a carousel.</summary>
    public bool IsFollowUp => Cheaper || Similar || Ordinal is not null || IsRefinement;
}
