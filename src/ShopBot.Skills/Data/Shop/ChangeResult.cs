namespace ShopBot.Skills.Data.Shop;

/// <summary>
/// Result of an order change. Business refusals are results, not exceptions.
/// </summary>
/// <remarks><c>EntityId</c>: The id of what was created (return id, refund id), when something was.</remarks>
/// <remarks><c>AmountCents</c>: The money involved: refund amount (cancel, refund, line decrease) or extra payment (line increase).</remarks>
/// <remarks><c>FeeCents</c>: A cancellation fee kept, when one applies.</remarks>
/// <remarks><c>Reference</c>: A human reference, e.g. the return label reference.</remarks>
/// <remarks><c>Replayed</c>: True when the result comes from an earlier call with the same idempotency key.</remarks>
/// <remarks><c>OrderVersion</c>: The order's version after the change.</remarks>
public sealed record ChangeResult(
    ChangeStatus Status,
    ChangeReason Reason,
    string Message,
    int OrderNumber,
    long? EntityId = null,
    long? AmountCents = null,
    long? FeeCents = null,
    string? Reference = null,
    bool Replayed = false,
    int? OrderVersion = null)
{
    /// <summary>True when the change is in the database.</summary>
    public bool Succeeded => Status == ChangeStatus.Applied;

    internal static ChangeResult Refused(int orderNumber, ChangeReason reason, string message) => new(ChangeStatus.Refused, reason, message, orderNumber);

    internal static ChangeResult NotFound(int orderNumber, ChangeReason reason, string message) => new(ChangeStatus.NotFound, reason, message, orderNumber);

    internal static ChangeResult Conflict(int orderNumber, string message) => new(ChangeStatus.Conflict, ChangeReason.ConcurrentChange, message, orderNumber);
}
