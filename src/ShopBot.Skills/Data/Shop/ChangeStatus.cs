namespace ShopBot.Skills.Data.Shop;

/// <summary>Outcome of an order change.</summary>
public enum ChangeStatus
{
    /// <summary>The change was made (or had been made before with the same idempotency key).</summary>
    Applied,
    /// <summary>The order (or the line) does not exist.</summary>
    NotFound,
    /// <summary>A business rule forbids it; <see cref="ChangeResult.Reason"/> says which.</summary>
    Refused,
    /// <summary>The order changed meanwhile (another conversation); nothing was changed.</summary>
    Conflict,
}
