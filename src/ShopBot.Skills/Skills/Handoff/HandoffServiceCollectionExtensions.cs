using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Sqlite.Handoff;
using ShopBot.Skills.Skills.Orders;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// Registers the handoff runtime (policy, coordinator, queue and metrics in SQLite). The host provides
/// <see cref="IAgentPresence"/>, <see cref="IAgentNotifier"/> and <see cref="IProactiveSender"/>, binds
/// <see cref="HandoffOptions"/> from <c>ShopBot:Handoff</c>, and adds <see cref="HandoffMiddleware"/> to the turn.
/// </summary>
public static class HandoffServiceCollectionExtensions
{
    public static IServiceCollection AddShopBotHandoff(this IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>().Validate(o => { o.Validate(); return true; });
        services.AddSingleton(sp => new EscalationPolicy(sp.GetRequiredService<IOptions<HandoffOptions>>().Value));
        services.AddSingleton<IHandoffQueue, SqliteHandoffQueue>();
        services.AddSingleton<IHandoffMetricsStore, SqliteHandoffMetricsStore>();
        services.AddSingleton<ConversationStateUpdater>();
        services.AddSingleton<HandoffCoordinator>();
        services.AddSingleton<IRefundGuard, LargeRefundGuard>();
        return services;
    }
}
