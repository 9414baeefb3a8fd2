namespace ShopBot.Skills.Nlu.Entities.Shop;

/// <summary>Options of the shop entity recognizers.</summary>
public sealed class EntityOptions
{
    /// <summary>
    /// Regex for an order number (run with RegexOptions.NonBacktracking). Default null: a standalone 6-digit number
    /// (e.g. 100234), or a 5 to 15 digit string within three words after "order", "purchase", "#" or "invoice".
    /// </summary>
    public string? OrderNumberPattern { get; set; }

    /// <summary>Regex for a SKU, matched case-sensitively on word boundaries. Default <c>[A-Z]{2,4}-\d{3,5}</c> (e.g. MUG-1042).</summary>
    public string SkuPattern { get; set; } = @"[A-Z]{2,4}-\d{3,5}";

    /// <summary>Folder of LU list-entity files (colours.lu, sizes.lu, product-types.lu). Default null: no list entities.</summary>
    public string? ListEntitiesDirectory { get; set; }
}
