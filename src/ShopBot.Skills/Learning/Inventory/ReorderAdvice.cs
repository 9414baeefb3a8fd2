namespace ShopBot.Skills.Learning.Inventory;

/// <summary>Reorder point and safety stock for one product.</summary>
/// <param name="Z">Standard normal quantile of the service level.</param>
/// <param name="SafetyStock">z * sigma_daily * sqrt(lead time days).</param>
/// <param name="LeadTimeDemand">Forecast demand over the lead time.</param>
/// <param name="ReorderPoint">LeadTimeDemand + SafetyStock.</param>
/// <param name="ReorderNow">True when stock on hand (plus stock on order) is at or below the reorder point.</param>
public sealed record ReorderAdvice(double Z, double SafetyStock, double LeadTimeDemand, double ReorderPoint, bool ReorderNow);
