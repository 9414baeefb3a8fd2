namespace ShopBot.Skills.Data.Shop;

/// <summary>Sales history for forecasting and pricing (staff only: never shown to shoppers).</summary>
public interface ISalesStore
{
    /// <summary>Daily sales of one product in [<paramref name="from"/>, <paramref name="to"/>], by date.</summary>
    Task<IReadOnlyList<DailySale>> GetDailySalesAsync(long productId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Regular price segments of one product, oldest first.</summary>
    Task<IReadOnlyList<PricePoint>> GetPriceHistoryAsync(long productId, CancellationToken cancellationToken = default);

    /// <summary>Promotions on the product or its category overlapping [<paramref name="from"/>, <paramref name="to"/>].</summary>
    Task<IReadOnlyList<Promotion>> GetPromotionsAsync(long productId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
