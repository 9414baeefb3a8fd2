namespace ShopBot.Skills.Data.Shop;

/// <summary>A regular (non-promotional) price valid from a date until the day before <see cref="ValidTo"/> (null: still valid).</summary>
public sealed record PricePoint(long ProductId, long PriceCents, DateOnly ValidFrom, DateOnly? ValidTo);
