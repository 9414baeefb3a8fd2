using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>
/// Limits failed identity checks: per conversation (counted in its state, so it survives restarts) and per order
/// number across conversations (counted in this process; several instances each count their own until the shared
/// store lands with the scale-out work). A lock-out lasts <see cref="OrderSkillsOptions.LockoutMinutes"/>.
/// </summary>
public sealed class VerificationLimiter(IOptions<OrderSkillsOptions> options, TimeProvider time)
{
    private const string StateKey = "verificationFailures";
    private readonly ConcurrentDictionary<int, List<DateTimeOffset>> _byOrder = new();

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.LockoutMinutes);

    public bool IsLocked(ITurnContext turn, int orderNumber) =>
        Recent(turn.State.Get<List<DateTimeOffset>>(StateKey) ?? []).Count >= options.Value.MaxFailedVerificationsPerConversation
        || RecentForOrder(orderNumber) >= options.Value.MaxFailedVerificationsPerOrder;

    /// <summary>Records a failure; returns true when the conversation or the order is now locked.</summary>
    public bool RecordFailure(ITurnContext turn, int orderNumber)
    {
        var now = time.GetUtcNow();
        var mine = Recent(turn.State.Get<List<DateTimeOffset>>(StateKey) ?? []);
        mine.Add(now);
        turn.State.Set(StateKey, mine);
        var list = _byOrder.GetOrAdd(orderNumber, _ => []);
        lock (list) list.Add(now);
        return IsLocked(turn, orderNumber);
    }

    private List<DateTimeOffset> Recent(List<DateTimeOffset> failures)
    {
        var since = time.GetUtcNow() - Window;
        return failures.Where(f => f > since).ToList();
    }

    private int RecentForOrder(int orderNumber)
    {
        if (!_byOrder.TryGetValue(orderNumber, out var list)) return 0;
        var since = time.GetUtcNow() - Window;
        lock (list)
        {
            list.RemoveAll(f => f <= since);
            return list.Count;
        }
    }
}
