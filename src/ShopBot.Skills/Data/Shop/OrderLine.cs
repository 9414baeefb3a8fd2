namespace ShopBot.Skills.Data.Shop;

/// <summary>One product on an order, with the price paid per unit.</summary>
public sealed record OrderLine(long Id, int OrderNumber, long ProductId, string Sku, string ProductName, int Quantity, long UnitPriceCents)
{
    /// <summary>Quantity times unit price.</summary>
    public long LineTotalCents => Quantity * UnitPriceCents;
}
