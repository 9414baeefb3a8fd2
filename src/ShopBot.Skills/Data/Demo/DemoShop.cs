using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

/// <summary>A generated shop, in memory, with the ground truth of its sales.</summary>
/// <remarks><c>Now</c>: the clock reading the shop was generated for; sales end the day before it.</remarks>
public sealed record DemoShop(
    int Seed,
    DateTimeOffset Now,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Address> Addresses,
    IReadOnlyList<Product> Products,
    IReadOnlyList<OrderDetails> Orders,
    IReadOnlyList<Promotion> Promotions,
    IReadOnlyList<PricePoint> PriceHistory,
    IReadOnlyList<DailySale> DailySales,
    IReadOnlyList<ProductInteraction> Interactions,
    IReadOnlyList<ProductGroundTruth> GroundTruth);
