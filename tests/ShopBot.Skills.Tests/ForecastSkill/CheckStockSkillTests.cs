using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Data.Shop;
using static ShopBot.Skills.Tests.ForecastSkill.ForecastChat;

namespace ShopBot.Skills.Tests.ForecastSkill;

public sealed class CheckStockSkillTests
{
    [Fact]
    public async Task Out_of_stock_headphones_give_the_inbound_delivery_date_and_no_figures()
    {
        await using var chat = await StartAsync(staff: false);
        var reply = Assert.Single(await chat.SayAsync("when will the wireless headphones be back in stock?", "check_stock", Product(5, "Wireless Headphones")));
        // Fixture: restock in 7 days from the seeding day (Mon 15 Jun 2026) with 40 inbound.
        Assert.Contains("Monday 22 June", reply.Text, StringComparison.Ordinal);
        Assert.Contains("out of stock", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("estimate", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("40", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task An_in_stock_product_is_said_to_be_in_stock_without_numbers()
    {
        await using var chat = await StartAsync(staff: false);
        var reply = Assert.Single(await chat.SayAsync("do you have the espresso machine?", "check_stock", Product(2, "Espresso Machine")));
        Assert.Contains("Espresso Machine is in stock", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d", reply.Text!);
    }

    [Fact]
    public async Task Staff_also_see_units_on_hand_and_inbound()
    {
        await using var chat = await StartAsync(staff: true);
        var replies = await chat.SayAsync("is the espresso machine in stock", "check_stock", Product(2, "Espresso Machine"));
        Assert.Equal(2, replies.Count);
        Assert.Contains("in stock", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("KIT-0001 has 18 units on hand and 24 inbound", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_product_the_bot_asks_which_and_gives_up_after_the_retries()
    {
        await using var chat = await StartAsync(staff: false);
        Assert.Contains("Which product", Assert.Single(await chat.SayAsync("stock check please", "check_stock")).Text, StringComparison.Ordinal);
        Assert.Contains("couldn't find that product", Assert.Single(await chat.SayAsync("the thingy", "out_of_scope")).Text, StringComparison.Ordinal);
        Assert.Contains("couldn't find that product", Assert.Single(await chat.SayAsync("the other thingy", "out_of_scope")).Text, StringComparison.Ordinal);
        Assert.Contains("couldn't work out", Assert.Single(await chat.SayAsync("that one", "out_of_scope")).Text, StringComparison.Ordinal);
        // The dialog has ended: a new question starts afresh.
        var reply = Assert.Single(await chat.SayAsync("is the desk lamp in stock", "check_stock", Product(3, "Desk Lamp")));
        Assert.Contains("Desk Lamp", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_expected_delivery_is_overdue_the_date_comes_from_the_lead_time_and_is_called_an_estimate()
    {
        // The skill's clock is 10 days after the seeding day: the headphones' delivery (due after 7 days) is overdue.
        var later = new Data.FixedTimeProvider(Now.AddDays(10));
        await using var chat = await StartAsync(staff: false, skillClock: later);
        var product = await chat.Services.GetRequiredService<IProductStore>().GetByIdAsync(5);
        var expected = Today.AddDays(10 + product!.SupplierLeadTimeDays).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        var reply = Assert.Single(await chat.SayAsync("when will the wireless headphones be back in stock?", "check_stock", Product(5, "Wireless Headphones")));
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains("estimate", reply.Text, StringComparison.Ordinal);
    }
}
