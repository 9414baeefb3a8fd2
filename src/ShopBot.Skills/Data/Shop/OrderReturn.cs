namespace ShopBot.Skills.Data.Shop;

/// <summary>A return of some units of one order line.</summary>
/// <remarks><c>LabelReference</c>: The prepaid return label the customer prints, e.g. <c>RL-100236-17</c>.</remarks>
public sealed record OrderReturn(long Id, int OrderNumber, long OrderLineId, int Quantity, string Reason, ReturnStatus Status, string LabelReference, DateTimeOffset CreatedAt);
