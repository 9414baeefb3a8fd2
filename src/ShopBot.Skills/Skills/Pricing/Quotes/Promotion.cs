namespace ShopBot.Skills.Skills.Pricing.Quotes;

/// <summary>A time-boxed price cut on some or all products. At most one promotion (the one saving the most) applies per line.</summary>
/// <param name="Id">Promotion id, listed on the line it discounts.</param>
/// <param name="Description">Shown to the shopper, e.g. "Spring sale".</param>
/// <param name="Kind">Percent off the unit price, or a fixed USD amount off each unit (never below zero).</param>
/// <param name="Amount">The percentage or the USD amount.</param>
/// <param name="Starts">First instant it applies (inclusive); null = always started.</param>
/// <param name="Ends">Instant it stops applying (exclusive); null = never ends.</param>
/// <param name="ProductIds">Products it covers; empty = every product.</param>
public sealed record Promotion(
    string Id,
    string Description,
    DiscountKind Kind,
    decimal Amount,
    DateTimeOffset? Starts = null,
    DateTimeOffset? Ends = null,
    IReadOnlyList<string>? ProductIds = null)
{
    /// <summary>True when the promotion runs at <paramref name="at"/> and covers <paramref name="productId"/>.</summary>
    public bool AppliesTo(string productId, DateTimeOffset at) =>
        (Starts is null || at >= Starts) && (Ends is null || at < Ends)
        && (ProductIds is null || ProductIds.Count == 0 || ProductIds.Contains(productId, StringComparer.OrdinalIgnoreCase));
}
