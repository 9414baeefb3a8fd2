using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Pricing;
using ShopBot.Skills.Skills.Pricing.Quotes;
using ShopBot.Skills.Tests.Quotes;
using Xunit;

namespace ShopBot.Skills.Tests.PricingSkill;

public sealed class PriceQuoteRetrievalTests
{
    [Theory]
    [InlineData("show quote Q-123", 123L)]
    [InlineData("can I see quote number 7 again", 7L)]
    [InlineData("what was in quote #42", 42L)]
    [InlineData("what was my last quote", null)]
    [InlineData("the quote you gave me yesterday", null)]
    [InlineData("what did you quote me earlier", null)]
    public void Earlier_quotes_are_recognised(string text, long? id)
    {
        var reference = QuoteText.AsksForEarlierQuote(text);
        Assert.NotNull(reference);
        Assert.Equal(id, reference.Id);
    }

    [Theory]
    [InlineData("how much for 25 notebooks shipped to Texas?")]
    [InlineData("give me a quote for 100 notebooks")]
    [InlineData("quote 25 notebooks to Texas")]
    [InlineData(null)]
    public void New_quote_requests_are_not_retrievals(string? text) => Assert.Null(QuoteText.AsksForEarlierQuote(text));

    [Fact]
    public async Task Last_quote_and_quote_number_show_the_stored_quote_as_given()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        Assert.Single(await chat.SayAsync("how much for 25 notebooks shipped to Texas?", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Number(25)));
        var id = Assert.Single(await new QuoteStore(chat.Database).FindAsync(chat.ConversationId, null, DateTimeOffset.UtcNow.AddDays(-1))).Id;

        var last = Assert.Single(await chat.SayAsync("what was my last quote", "price_quote"));
        Assert.Contains($"Here's quote Q-{id} from", last.Text);
        Assert.Contains("25 × Notebook (A5, pack of 1) shipped to Texas, £191.14 in total", last.Text);
        Assert.Contains("still valid", last.Text);
        var facts = Assert.Single(last.Attachments!).Content!.Value.GetProperty("body")[1].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("value").GetString()!);
        Assert.Equal(new[] { "£149.75", "-£7.49", "£39.99", "£8.89", "£191.14" }, facts);

        var numbered = Assert.Single(await chat.SayAsync($"show quote Q-{id}", "price_quote", PricingChat.Number(id)));
        Assert.Contains($"Here's quote Q-{id}", numbered.Text);

        // Looking a quote up stores nothing new.
        Assert.Single(await new QuoteStore(chat.Database).FindAsync(chat.ConversationId, null, DateTimeOffset.UtcNow.AddDays(-1)));
    }

    [Fact]
    public async Task Another_conversations_quote_is_never_shown()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        var store = new QuoteStore(chat.Database);
        await store.InitializeAsync();
        var quote = new Quote([], 10m, 0m, 0m, 0m, 0m, 0m, 10m, "GBP", 1m, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), null, []);
        long theirs = await store.SaveAsync("someone-else", "2", new QuoteRequest([new QuoteRequestLine("4", 1)], "UK", "standard", "GBP"), quote);

        var reply = Assert.Single(await chat.SayAsync($"show quote Q-{theirs}", "price_quote"));
        Assert.Contains($"can't find quote Q-{theirs}", reply.Text);
        Assert.Null(reply.Attachments);
        var none = Assert.Single(await chat.SayAsync("what was my last quote", "price_quote"));
        Assert.Contains("haven't given you a quote", none.Text);
    }

    [Fact]
    public async Task The_quote_from_yesterday_is_found_by_its_day_and_shown_as_expired()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddHours(10), TimeSpan.Zero));
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28, clock: clock);
        Assert.Single(await chat.SayAsync("how much is the desk lamp", "price_quote", PricingChat.Product(3, "Desk Lamp")));
        var day = DateOnly.FromDateTime(clock.Now.UtcDateTime);

        clock.Now = clock.Now.AddHours(26);
        var reply = Assert.Single(await chat.SayAsync("the quote you gave me yesterday", "price_quote", PricingChat.Date(day)));
        Assert.Contains("1 × Desk Lamp shipped to UK, £46.78 in total", reply.Text);
        Assert.Contains("expired", reply.Text);

        var other = Assert.Single(await chat.SayAsync("the quote you gave me on Monday", "price_quote", PricingChat.Date(day.AddDays(-3))));
        Assert.Contains("can't find a quote I gave you on", other.Text);
    }

    [Fact]
    public async Task A_product_word_picks_the_quote_of_that_product_but_a_fuzzy_match_does_not()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        Assert.Single(await chat.SayAsync("how much for 25 notebooks shipped to Texas?", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Number(25)));
        Assert.Single(await chat.SayAsync("how much is the desk lamp", "price_quote", PricingChat.Product(3, "Desk Lamp")));

        var notebooks = new EntityMatch("notebooks", 0, 8, "product_type", new Dictionary<string, object?> { ["value"] = "notebooks" });
        var reply = Assert.Single(await chat.SayAsync("what did you quote me for the notebooks", "price_quote", notebooks));
        Assert.Contains("25 × Notebook (A5, pack of 1) shipped to Texas, £191.14", reply.Text);

        var fuzzy = new EntityMatch("show", 0, 3, "product_type", new Dictionary<string, object?> { ["value"] = "shoes", ["typos"] = 1 });
        var newest = Assert.Single(await chat.SayAsync("show me my previous quote", "price_quote", fuzzy));
        Assert.Contains("1 × Desk Lamp shipped to UK, £46.78", newest.Text);
    }
}
