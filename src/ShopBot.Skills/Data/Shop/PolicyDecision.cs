namespace ShopBot.Skills.Data.Shop;

/// <summary>Whether a change is allowed now, why not, and the money it would move.</summary>
/// <remarks><c>AmountCents</c>: Refund (cancel) or the amount concerned.</remarks>
/// <remarks><c>FeeCents</c>: Cancellation fee that would be kept.</remarks>
public sealed record PolicyDecision(bool Allowed, ChangeReason Reason, string Message, long AmountCents = 0, long FeeCents = 0)
{
    internal static PolicyDecision Deny(ChangeReason reason, string message) => new(false, reason, message);
}
