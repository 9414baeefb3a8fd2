using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Skills.Pricing.Quotes;
using static ShopBot.Skills.Tests.Quotes.QuoteFixture;

namespace ShopBot.Skills.Tests.Quotes;

public sealed class QuoteStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "shopbot-quotes-" + Path.GetRandomFileName());

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task<QuoteStore> StoreAsync()
    {
        var store = new QuoteStore(new SqliteDatabase(Path.Combine(_folder, "shop.db")));
        await store.InitializeAsync();
        return store;
    }

    [Fact]
    public async Task Save_ThenGet_RoundTripsExactDecimals()
    {
        var store = await StoreAsync();
        var request = Request("notebook", 25, currency: "EUR", coupons: ["OLD"]);
        var quote = Calculator().Calculate(request).Quote!;

        long id = await store.SaveAsync("conv-1", null, request, quote);
        var stored = await store.GetAsync(id);

        Assert.NotNull(stored);
        Assert.Equal(111.81m, stored.Quote.Total);
        Assert.Equal(quote.Lines, stored.Quote.Lines, (a, b) => a with { AppliedDiscounts = [] } == b with { AppliedDiscounts = [] } && a.AppliedDiscounts.SequenceEqual(b.AppliedDiscounts));
        Assert.Equal(QuoteRejectionReason.CouponExpired, Assert.Single(stored.Quote.Rejected).Reason);
        Assert.Equal(quote.ValidUntil, stored.Quote.ValidUntil);
        Assert.Equal(request.Lines, stored.Request.Lines);
        Assert.Equal("EUR", stored.Request.Currency);
        Assert.Null(await store.GetAsync(id + 100));
    }

    [Fact]
    public async Task Find_ReturnsYesterdaysQuote_ForTheSameCustomerInANewConversation()
    {
        var store = await StoreAsync();
        var yesterday = new FixedTimeProvider(Now.AddDays(-1));
        var request = Request("lamp", 2);
        var old = Calculator(yesterday).Calculate(request).Quote!;
        await store.SaveAsync("conv-old", "c1", request, old);
        await store.SaveAsync("conv-other", "c2", request, old);
        var fresh = Calculator().Calculate(request).Quote!;
        await store.SaveAsync("conv-new", "c1", request, fresh);

        var found = await store.FindAsync("conv-new", "c1", Now.AddDays(-2));
        Assert.Equal(["conv-new", "conv-old"], found.Select(q => q.ConversationId));
        Assert.Equal(old.QuotedAt, found[1].Quote.QuotedAt);

        Assert.Single(await store.FindAsync("conv-new", "c1", Now.AddHours(-1)));
        Assert.Single(await store.FindAsync("conv-old", null, Now.AddDays(-2)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.FindAsync("conv-new", "c1", Now, limit: 0));
    }
}
