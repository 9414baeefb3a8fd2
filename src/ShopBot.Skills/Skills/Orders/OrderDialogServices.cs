using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>What every order dialog needs, in one constructor argument.</summary>
public sealed class OrderDialogServices(
    IOrderStore orders,
    IOrderChangeStore changes,
    OrderChangePolicy policy,
    CustomerIdentity identity,
    VerificationLimiter limiter,
    IResponseRenderer responses,
    IOptions<OrderSkillsOptions> options,
    TimeProvider time,
    ILoggerFactory loggers,
    IRefundGuard? refundGuard = null)
{
    /// <summary>Consulted before confirming a refund; null where no guard is installed (no human handoff).</summary>
    public IRefundGuard? RefundGuard { get; } = refundGuard;

    public IOrderStore Orders { get; } = orders;

    public IOrderChangeStore Changes { get; } = changes;

    public OrderChangePolicy Policy { get; } = policy;

    public CustomerIdentity Identity { get; } = identity;

    public VerificationLimiter Limiter { get; } = limiter;

    public IResponseRenderer Responses { get; } = responses;

    public OrderSkillsOptions Options { get; } = options.Value;

    public TimeProvider Time { get; } = time;

    public ILoggerFactory Loggers { get; } = loggers;
}
