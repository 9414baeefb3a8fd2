namespace ShopBot.Skills.Data.Shop;

/// <summary>State of a return of one order line.</summary>
public enum ReturnStatus
{
    /// <summary>Created, label issued, parcel not yet received.</summary>
    Requested,
    /// <summary>The warehouse received the item.</summary>
    Received,
    /// <summary>Accepted and refunded (or refund under way).</summary>
    Completed,
    /// <summary>Refused by the warehouse (damaged, not ours...). Does not count against the returnable quantity.</summary>
    Rejected,
}
