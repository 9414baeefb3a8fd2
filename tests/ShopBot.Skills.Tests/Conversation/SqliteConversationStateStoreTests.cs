using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;

namespace ShopBot.Skills.Tests.Conversation;

public sealed class SqliteConversationStateStoreTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"), "state.db");
    private SqliteDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = new SqliteDatabase(_file);
        await SqliteMigrator.MigrateAsync(_db, ConversationMigrations.Module, ConversationMigrations.All);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveThenLoad_RoundTripsValues_WithANewETagEachTime()
    {
        var store = new SqliteConversationStateStore(_db, TimeProvider.System);
        var state = await store.LoadAsync("c1");
        Assert.Null(state.ETag);
        state.Set("count", 3);
        await store.SaveAsync(state);
        var firstTag = state.ETag;
        Assert.NotNull(firstTag);
        var loaded = await store.LoadAsync("c1");
        Assert.Equal(3, loaded.Get<int>("count"));
        Assert.Equal(firstTag, loaded.ETag);
        loaded.Set("count", 4);
        await store.SaveAsync(loaded);
        Assert.NotEqual(firstTag, loaded.ETag);
    }

    [Fact]
    public async Task SaveWithAStaleETag_Throws_AndKeepsTheWinner()
    {
        var store = new SqliteConversationStateStore(_db, TimeProvider.System);
        var seed = await store.LoadAsync("c2");
        seed.Set("v", "seed");
        await store.SaveAsync(seed);

        var a = await store.LoadAsync("c2");
        var b = await store.LoadAsync("c2");
        a.Set("v", "a");
        await store.SaveAsync(a);
        b.Set("v", "b");
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(b));
        Assert.Equal("a", (await store.LoadAsync("c2")).Get<string>("v"));
    }

    [Fact]
    public async Task TwoFirstSaves_OnlyOneWins()
    {
        var store = new SqliteConversationStateStore(_db, TimeProvider.System);
        var a = await store.LoadAsync("c3");
        var b = await store.LoadAsync("c3");
        await store.SaveAsync(a);
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(b));
    }

    [Fact]
    public async Task ConversationStore_NumbersActivitiesAndReadsAfterAWatermark()
    {
        var store = new SqliteConversationStore(_db, TimeProvider.System);
        Assert.True(await store.CreateAsync("conv", "directline", null));
        Assert.False(await store.CreateAsync("conv", "directline", null));
        var parallel = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.AppendAsync("conv", new Activity { Type = "message", Text = $"m{i}" })));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), parallel.Select(p => p.Sequence).Order());
        Assert.All(parallel, p => Assert.Equal($"conv|{p.Sequence:D7}", p.Activity.Id));
        var after = await store.ReadAsync("conv", 15, 100);
        Assert.Equal([16L, 17, 18, 19, 20], after.Select(a => a.Sequence));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AppendAsync("missing", new Activity { Type = "message" }));
        Assert.Equal(20, (await store.GetAsync("conv"))!.LastSequence);
    }
}
