using System.Globalization;
using System.Text.RegularExpressions;
using ShopBot.Skills.Skills.Pricing;
using Xunit;

namespace ShopBot.Skills.Tests.PricingSkill;

public sealed class PriceRecommendationConstraintsTests
{
    [Fact]
    public void Competitor_band_comes_from_prices_with_undercut_and_premium_and_explicit_bounds_win()
    {
        var observed = new CompetitorPrices { Prices = [32.0, 30.0] };
        var (low, high) = observed.Bounds(5, 10);
        Assert.Equal(28.5, low!.Value, 12);
        Assert.Equal(35.2, high!.Value, 12);

        var explicitLow = new CompetitorPrices { Prices = [32.0, 30.0], Minimum = 29 };
        Assert.Equal((29.0, 35.2), (explicitLow.Bounds(5, 10).Minimum!.Value, Math.Round(explicitLow.Bounds(5, 10).Maximum!.Value, 12)));
        Assert.Equal((null, null), new CompetitorPrices().Bounds(5, 10));
        Assert.Equal((null, 40.0), new CompetitorPrices { Maximum = 40 }.Bounds(5, 10));
    }

    [Fact]
    public void Bad_competitor_configuration_is_refused_with_the_sku_named()
    {
        var options = new PriceRecommendationOptions { Competitors = { ["OFF-0001"] = new CompetitorPrices { Prices = [-3] } } };
        Assert.Contains("OFF-0001", Assert.Throws<ArgumentException>(options.Validate).Message);
        options.Competitors["OFF-0001"] = new CompetitorPrices { Minimum = 40, Maximum = 30 };
        Assert.Contains("above", Assert.Throws<ArgumentException>(options.Validate).Message);
        Assert.Throws<ArgumentException>(new PriceRecommendationOptions { CompetitorUndercutPercent = 100 }.Validate);
        Assert.Equal((null, null), new PriceRecommendationOptions().CompetitorBounds("OFF-0001"));
    }

    [Fact]
    public async Task A_competitor_band_above_the_optimum_binds_the_recommendation()
    {
        // The desk lamp's optimum c*e/(1+e) is far below £200 (cost < £25, e < -1.3 gives < £110), so the band's floor binds.
        await using var chat = await PricingChat.StartAsync(staff: true, configure: o =>
        {
            o.MaximumChangePercent = null;
            o.Competitors["off-0001"] = new CompetitorPrices { Minimum = 200, Maximum = 210 };
        });

        var reply = Assert.Single(await chat.SayAsync("what price maximises profit for the desk lamp", "price_recommendation", PricingChat.Product(3, "Desk Lamp")));

        Assert.Contains("I recommend £200.00", reply.Text);
        Assert.Contains("Limited by: competitor minimum", reply.Text);
    }

    [Fact]
    public async Task A_competitor_band_below_cost_gives_no_price()
    {
        await using var chat = await PricingChat.StartAsync(staff: true, configure: o => o.Competitors["OFF-0001"] = new CompetitorPrices { Prices = [1.00] });

        var reply = Assert.Single(await chat.SayAsync("what price maximises profit for the desk lamp", "price_recommendation", PricingChat.Product(3, "Desk Lamp")));

        Assert.Contains("won't make one up", reply.Text);
        Assert.DoesNotContain("I recommend", reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task A_product_whose_price_never_moved_gets_the_category_pooled_elasticity()
    {
        await using var chat = await PricingChat.StartAsync(staff: true, configure: o => o.MaximumChangePercent = null);
        await using (var connection = await chat.Database.OpenAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE daily_sales SET price_cents = 3499, on_promotion = 0 WHERE product_id = 3";
            Assert.True(await command.ExecuteNonQueryAsync() > 600);
        }

        var reply = Assert.Single(await chat.SayAsync("what price maximises profit for the desk lamp", "price_recommendation", PricingChat.Product(3, "Desk Lamp")));

        var pooled = Regex.Match(reply.Text!, @"pooled across (\d+) products of Office");
        Assert.True(pooled.Success, reply.Text);
        Assert.True(int.Parse(pooled.Groups[1].Value, CultureInfo.InvariantCulture) >= 2);
        Assert.Contains("price variation 0.0%", reply.Text);
    }
}
