namespace ShopBot.Skills.Data.Shop;

/// <summary>State of a refund.</summary>
public enum RefundStatus
{
    /// <summary>Created, not yet sent to the payment provider.</summary>
    Pending,
    /// <summary>Sent to the provider, money on its way.</summary>
    Processing,
    /// <summary>Money returned.</summary>
    Completed,
    /// <summary>The provider refused it; does not count as refunded.</summary>
    Failed,
}
