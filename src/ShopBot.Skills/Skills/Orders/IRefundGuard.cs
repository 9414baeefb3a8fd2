using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// Asked before the bot confirms a change that refunds money. A guard may take over (for example hand the
/// conversation to a person for a large refund); it then answers the shopper itself and returns true.
/// </summary>
public interface IRefundGuard
{
    Task<bool> InterceptAsync(ITurnContext turn, long refundMinor, string currency, string what, CancellationToken cancellationToken);
}
