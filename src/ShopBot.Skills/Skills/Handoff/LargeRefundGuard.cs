using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Skills.Orders;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>Refunds above <see cref="HandoffOptions.RiskyRefundAmountMinor"/> are not made by the bot alone: the conversation goes to a person.</summary>
public sealed class LargeRefundGuard(HandoffCoordinator coordinator, IOptions<HandoffOptions> options) : IRefundGuard
{
    public async Task<bool> InterceptAsync(ITurnContext turn, long refundMinor, string currency, string what, CancellationToken cancellationToken)
    {
        var limit = options.Value.RiskyRefundAmountMinor;
        if (refundMinor <= limit) return false;
        var reason = $"{what}: refund of {Money.Format(refundMinor, currency)} above the {Money.Format(limit, currency)} the bot may refund alone";
        await coordinator.EscalateAsync(turn, new EscalationDecision(EscalationAction.Escalate, EscalationReason.RiskyAction, reason), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
