namespace ShopBot.Skills.Data.Demo;

/// <summary>
/// Size and seed of the generated demo shop, bound from configuration section <c>ShopBot:DemoData</c>. Defaults in brackets.
/// The same options and the same clock reading always generate the same shop.
/// </summary>
public sealed class DemoDataOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ShopBot:DemoData";

    /// <summary>Seed of every random source [20261123].</summary>
    public int Seed { get; set; } = 20261123;

    /// <summary>Products, fixtures included; 20..5000 [300].</summary>
    public int ProductCount { get; set; } = 300;

    /// <summary>Customers, fixtures included; 10..200000 [1000].</summary>
    public int CustomerCount { get; set; } = 1000;

    /// <summary>Generated orders besides the fixture orders [3000].</summary>
    public int OrderCount { get; set; } = 3000;

    /// <summary>Days of daily sales history per product, ending yesterday; at least 28 [730].</summary>
    public int SalesDays { get; set; } = 730;

    /// <summary>Average number of distinct products each customer browses [25].</summary>
    public int BrowsedProductsPerCustomer { get; set; } = 25;

    /// <summary>Seed the database on start when it has no products [true].</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (ProductCount is < 20 or > 5000) throw new ArgumentException($"{SectionName}:{nameof(ProductCount)} must be 20..5000, was {ProductCount}.");
        if (CustomerCount is < 10 or > 200_000) throw new ArgumentException($"{SectionName}:{nameof(CustomerCount)} must be 10..200000, was {CustomerCount}.");
        if (OrderCount is < 0 or > 800_000) throw new ArgumentException($"{SectionName}:{nameof(OrderCount)} must be 0..800000, was {OrderCount}.");
        if (SalesDays is < 28 or > 3650) throw new ArgumentException($"{SectionName}:{nameof(SalesDays)} must be 28..3650, was {SalesDays}.");
        if (BrowsedProductsPerCustomer < 1 || BrowsedProductsPerCustomer > ProductCount) throw new ArgumentException($"{SectionName}:{nameof(BrowsedProductsPerCustomer)} must be 1..{nameof(ProductCount)}, was {BrowsedProductsPerCustomer}.");
    }
}
