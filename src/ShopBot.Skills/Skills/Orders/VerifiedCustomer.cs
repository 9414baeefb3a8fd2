namespace ShopBot.Skills.Skills.Orders;

/// <summary>The customer this conversation has proved to be, and how (<c>order</c>: order number + e-mail or postcode; <c>signed-in</c>: the shop's site vouched).</summary>
public sealed record VerifiedCustomer(long Id, string Name, string Via);
