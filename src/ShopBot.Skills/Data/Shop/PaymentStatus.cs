namespace ShopBot.Skills.Data.Shop;

/// <summary>State of one payment attempt.</summary>
public enum PaymentStatus
{
    /// <summary>Authorised or awaiting the customer; no money taken yet.</summary>
    Pending,
    /// <summary>Money taken.</summary>
    Captured,
    /// <summary>The attempt failed; see <see cref="Payment.FailureReason"/>.</summary>
    Failed,
}
