using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>Which template explains a change that did not go through.</summary>
public static class ChangeOutcome
{
    /// <summary><c>ChangeConflict</c> when another conversation changed the order first, else <c>ChangeRefused</c> (with the store's reason).</summary>
    public static string Template(ChangeResult result) => result.Status == ChangeStatus.Conflict ? "ChangeConflict" : "ChangeRefused";
}
