namespace ShopBot.Skills.Data.Shop;

/// <summary>One payment attempt on an order.</summary>
/// <remarks><c>Method</c>: card, paypal, apple_pay, gift_card, bank_transfer.</remarks>
/// <remarks><c>FailureReason</c>: Set when <see cref="Status"/> is <see cref="PaymentStatus.Failed"/>, e.g. <c>card_declined</c>.</remarks>
public sealed record Payment(long Id, int OrderNumber, string Method, PaymentStatus Status, long AmountCents, DateTimeOffset CreatedAt, DateTimeOffset? CapturedAt, string? FailureReason);
