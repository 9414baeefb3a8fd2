using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Handoff;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Skills.Tests.Handoff;

public sealed class SqliteHandoffQueueTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));
    private SqliteHandoffQueue _queue = null!;

    public async Task InitializeAsync()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "handoff.db"));
        await SqliteMigrator.MigrateAsync(database, HandoffMigrations.Module, HandoffMigrations.All);
        _queue = new SqliteHandoffQueue(database);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static HandoffQueueEntry Entry(string id, int priority, int minutes) =>
        new(id, "directline", "orders", priority, EscalationReason.AskedForPerson, "summary", T.AddMinutes(minutes), Ownership.Queued, null, null);

    [Fact]
    public async Task Waiting_IsOrderedByPriorityThenWaitingTime_AndPositionsFollow()
    {
        await _queue.EnqueueAsync(Entry("late-normal", 0, 5));
        await _queue.EnqueueAsync(Entry("early-normal", 0, 1));
        await _queue.EnqueueAsync(Entry("urgent", 1, 9));
        Assert.Equal(["urgent", "early-normal", "late-normal"], (await _queue.ListWaitingAsync()).Select(e => e.ConversationId));
        Assert.Equal(3, await _queue.PositionAsync("late-normal"));
        Assert.Null(await _queue.PositionAsync("nobody"));
    }

    [Fact]
    public async Task TwoAgentsAcceptingAtOnce_ExactlyOneGetsIt()
    {
        await _queue.EnqueueAsync(Entry("c1", 0, 0));
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => _queue.TryAcceptAsync("c1", $"agent{i}", T))));
        Assert.Equal(1, attempts.Count(won => won));
        Assert.Empty(await _queue.ListWaitingAsync());
        Assert.False(await _queue.TryAcceptAsync("c1", "late-agent", T));
    }

    [Fact]
    public async Task AConversationThatLeftTheQueue_CannotBeAccepted()
    {
        await _queue.EnqueueAsync(Entry("gone", 0, 0));
        Assert.True(await _queue.RemoveAsync("gone"));
        Assert.False(await _queue.TryAcceptAsync("gone", "sam", T));
        Assert.False(await _queue.RemoveAsync("gone"));
    }

    [Fact]
    public async Task TheTimeoutSweep_FindsOnlyLongWaiters()
    {
        await _queue.EnqueueAsync(Entry("old", 0, 0));
        await _queue.EnqueueAsync(Entry("new", 0, 8));
        Assert.Equal(["old"], (await _queue.ListWaitingSinceAsync(T.AddMinutes(5))).Select(e => e.ConversationId));
    }
}
