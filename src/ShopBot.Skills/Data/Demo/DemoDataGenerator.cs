namespace ShopBot.Skills.Data.Demo;

/// <summary>
/// Generates the demo shop in memory: catalog, customers, orders in every state, two years of daily sales with a
/// known demand model per product (<see cref="ProductGroundTruth"/>) and customer-product interactions.
/// Deterministic: the same options and the same clock reading give the same shop.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>Generates a shop anchored at <paramref name="time"/>'s current UTC time.</summary>
    public static DemoShop Generate(DemoDataOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        return new DemoShopBuilder(options, time.GetUtcNow()).Build();
    }
}
