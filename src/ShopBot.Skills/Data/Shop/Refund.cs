namespace ShopBot.Skills.Data.Shop;

/// <summary>Money given back on an order.</summary>
/// <remarks><c>Method</c>: original_payment or store_credit.</remarks>
/// <remarks><c>ReturnId</c>: The return it pays for, when it does.</remarks>
public sealed record Refund(long Id, int OrderNumber, long? ReturnId, long AmountCents, string Method, RefundStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
