using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Tests.Conversation;

public class ConversationLocksTests
{
    [Fact]
    public async Task TurnsOfOneConversation_RunOneAtATime_InArrivalOrder()
    {
        var locks = new ConversationLocks();
        var order = new List<int>();
        var arrivals = new List<int>();
        var inside = 0;
        var maxInside = 0;
        var first = await locks.AcquireAsync("c", CancellationToken.None);
        var waiters = Enumerable.Range(1, 20).Select(async i =>
        {
            await Task.Yield();
            Task<IDisposable> waiting;
            lock (arrivals)
            {
                // Registering as a waiter happens synchronously inside AcquireAsync, so this records arrival order.
                arrivals.Add(i);
                waiting = locks.AcquireAsync("c", CancellationToken.None);
            }

            using var held = await waiting;
            var now = Interlocked.Increment(ref inside);
            maxInside = Math.Max(maxInside, now);
            lock (order) order.Add(i);
            await Task.Delay(1);
            Interlocked.Decrement(ref inside);
        }).ToList();
        await Task.Delay(100);
        first.Dispose();
        await Task.WhenAll(waiters);
        Assert.Equal(1, maxInside);
        Assert.Equal(arrivals, order);
        Assert.Equal(0, locks.ActiveCount);
    }

    [Fact]
    public async Task DifferentConversations_DoNotWaitForEachOther()
    {
        var locks = new ConversationLocks();
        using var a = await locks.AcquireAsync("a", CancellationToken.None);
        var b = locks.AcquireAsync("b", CancellationToken.None);
        Assert.True(b.IsCompletedSuccessfully);
        (await b).Dispose();
    }

    [Fact]
    public async Task ACancelledWait_LeavesNoLockBehind()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("c", CancellationToken.None);
        using var cts = new CancellationTokenSource(20);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => locks.AcquireAsync("c", cts.Token));
        held.Dispose();
        Assert.Equal(0, locks.ActiveCount);
    }
}
