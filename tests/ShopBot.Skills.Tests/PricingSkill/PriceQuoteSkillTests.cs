using System.Text.Json;
using ShopBot.Skills.Skills.Pricing.Quotes;
using Xunit;

namespace ShopBot.Skills.Tests.PricingSkill;

public sealed class PriceQuoteSkillTests
{
    // Notebook (product 4) is £5.99. 25 to Texas: gross 149.75; 10+ tier 5% = 7.4875 -> 7.49; shipping 14.99 + 25 x 1.00
    // = 39.99; tax 6.25% of the goods 142.2625 = 8.8914 -> 8.89; total 149.75 - 7.49 + 39.99 + 8.89 = 191.14.
    [Fact]
    public async Task Quote_for_25_notebooks_to_Texas_is_exact_shown_as_a_card_and_stored()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        var reply = Assert.Single(await chat.SayAsync("how much for 25 notebooks shipped to Texas?", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Number(25)));

        Assert.Contains("£191.14", reply.Text);
        Assert.Contains("Texas", reply.Text);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var facts = card.Content!.Value.GetProperty("body")[1].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("value").GetString()!).ToArray();
        Assert.Equal(new[] { "£149.75", "-£7.49", "£39.99", "£8.89", "£191.14" }, facts);

        var stored = Assert.Single(await new QuoteStore(chat.Database).FindAsync(chat.ConversationId, null, DateTimeOffset.UtcNow.AddDays(-2)));
        Assert.Equal(191.14m, stored.Quote.Total);
        Assert.Equal("GBP", stored.Quote.Currency);
        Assert.Equal("Texas", stored.Request.Region);
    }

    // The same in EUR at 1.17 per GBP, each figure converted from the exact GBP amount and rounded once:
    // 175.2075 -> 175.21, 8.760375 -> 8.76, 46.7883 -> 46.79, 10.4029 -> 10.40; total 223.64.
    [Fact]
    public async Task Quote_in_euros_converts_then_rounds()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        var reply = Assert.Single(await chat.SayAsync("how much for 25 notebooks to Texas in euros", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Number(25), PricingChat.Currency("EUR")));
        Assert.Contains("€223.64", reply.Text);
    }

    // Desk Lamp £34.99 to the default region UK: shipping 3.99 (below the £50 free threshold), VAT 20% on goods and
    // shipping 38.98 x 0.2 = 7.796 -> 7.80; total 46.78. No cost or margin appears.
    [Fact]
    public async Task Default_region_and_quantity_give_the_UK_price_with_VAT()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        var reply = Assert.Single(await chat.SayAsync("how much is the desk lamp", "price_quote", PricingChat.Product(3, "Desk Lamp")));
        Assert.Contains("1 × Desk Lamp shipped to UK comes to £46.78", reply.Text);
        Assert.DoesNotContain("cost", JsonSerializer.Serialize(reply.Attachments), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(2.5)]
    [InlineData(1_000_000)]
    public async Task Absurd_quantities_are_refused_and_nothing_is_stored(double quantity)
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        var reply = Assert.Single(await chat.SayAsync("quote please", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Number((decimal)quantity)));
        Assert.Contains("whole quantities from 1 to 10000", reply.Text);
        Assert.Empty(await Stored(chat));
    }

    [Fact]
    public async Task Unknown_currency_product_or_no_product_get_clear_answers_and_nothing_is_stored()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        Assert.Contains("can't quote in XYZ", Assert.Single(await chat.SayAsync("in xyz", "price_quote", PricingChat.Product(4, "Notebook"), PricingChat.Currency("XYZ"))).Text);
        Assert.Contains("can't find that product", Assert.Single(await chat.SayAsync("the moon", "price_quote", PricingChat.Product(999_999, "moon"))).Text);
        Assert.Contains("Which product", Assert.Single(await chat.SayAsync("how much", "price_quote")).Text);
        Assert.Empty(await Stored(chat));
    }

    // The NLU tags "25 notebooks" as one quantity entity (unit "notebooks") and no product; "dollars" as a currency
    // with unit "Dollar" and no ISO code. 25 notebooks to Texas in USD at 1.27: 190.1825 - 9.509125 + 50.7873 +
    // 11.2919 -> 190.18 - 9.51 + 50.79 + 11.29 = 242.75.
    [Fact]
    public async Task Product_from_a_quantity_unit_and_currency_from_its_unit_name()
    {
        await using var chat = await PricingChat.StartAsync(staff: false, salesDays: 28);
        var quantity = new ShopBot.Skills.Nlu.EntityMatch("25 notebooks", 13, 24, "quantity", new Dictionary<string, object?> { ["value"] = "25", ["unit"] = "notebooks" });
        var dollars = new ShopBot.Skills.Nlu.EntityMatch("dollars", 38, 44, "currency", new Dictionary<string, object?> { ["value"] = null, ["unit"] = "Dollar" });
        var reply = Assert.Single(await chat.SayAsync("how much for 25 notebooks to Texas in dollars", "price_quote", quantity, dollars));
        Assert.Contains("25 × Notebook (A5, pack of 1) shipped to Texas comes to $242.75", reply.Text);
    }

    private static async Task<IReadOnlyList<StoredQuote>> Stored(PricingChat chat)
    {
        var store = new QuoteStore(chat.Database);
        await store.InitializeAsync();
        return await store.FindAsync(chat.ConversationId, null, DateTimeOffset.UtcNow.AddDays(-2));
    }
}
