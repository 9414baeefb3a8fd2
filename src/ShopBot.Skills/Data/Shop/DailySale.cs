namespace ShopBot.Skills.Data.Shop;

/// <summary>Units of one product sold on one day at the price actually charged that day.</summary>
public sealed record DailySale(long ProductId, DateOnly Date, int Units, long PriceCents, bool OnPromotion);
