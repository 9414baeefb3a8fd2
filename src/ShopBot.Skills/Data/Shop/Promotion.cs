namespace ShopBot.Skills.Data.Shop;

/// <summary>A percentage price cut on one product or a whole category, inclusive dates.</summary>
public sealed record Promotion(long Id, long? ProductId, string? Category, int PercentOff, DateOnly Start, DateOnly End);
