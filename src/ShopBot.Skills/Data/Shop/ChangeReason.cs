namespace ShopBot.Skills.Data.Shop;

/// <summary>Why a change was refused; dialogs map each to a polite answer.</summary>
public enum ChangeReason
{
    /// <summary>No refusal.</summary>
    None,
    OrderNotFound,
    LineNotFound,
    /// <summary>The return a refund refers to is not on this order.</summary>
    ReturnNotFound,
    /// <summary>The order has left the warehouse (shipped, delivered or returned).</summary>
    AlreadyShipped,
    AlreadyCancelled,
    /// <summary>Returns need a delivered order.</summary>
    NotDelivered,
    /// <summary>Delivered longer ago than the return window.</summary>
    ReturnWindowExpired,
    /// <summary>More units than bought minus already returned.</summary>
    QuantityExceedsReturnable,
    /// <summary>More than paid minus already refunded.</summary>
    AmountExceedsRefundable,
    InvalidQuantity,
    InvalidAmount,
    InsufficientStock,
    /// <summary>The order changed since the caller read it, or a concurrent change won.</summary>
    ConcurrentChange,
    /// <summary>The idempotency key was already used for a different change.</summary>
    IdempotencyKeyReused,
}
