using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ShopBot.Skills.Data.Sqlite.Shop;
using Xunit;

namespace ShopBot.Skills.Tests.PricingSkill;

public sealed class PriceRecommendationSkillTests
{
    [Fact]
    public async Task Staff_get_a_price_near_the_true_optimum_with_evidence_and_a_chart()
    {
        await using var chat = await PricingChat.StartAsync(staff: true, configure: o => o.MaximumChangePercent = null);
        var truth = (await new SqliteDemoGroundTruthStore(chat.Database).GetAllAsync()).Single(t => t.ProductId == 3);

        var reply = Assert.Single(await chat.SayAsync("what price maximises profit for the desk lamp", "price_recommendation", PricingChat.Product(3, "Desk Lamp")));

        Assert.Contains("Desk Lamp", reply.Text);
        var elasticity = double.Parse(Regex.Match(reply.Text!, @"elasticity (-?[\d.]+) ± ([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var se = double.Parse(Regex.Match(reply.Text!, @"elasticity (-?[\d.]+) ± ([\d.]+)").Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(elasticity, truth.Elasticity - 4 * se, truth.Elasticity + 4 * se);
        // The price follows c*e/(1+e) of the fitted elasticity (no change limit, no endings), to the penny.
        var product = (await new SqliteProductStore(chat.Database).GetByIdAsync(3))!;
        var price = decimal.Parse(Regex.Match(reply.Text!, @"I recommend £([\d,.]+)").Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        var cost = product.CostCents / 100.0;
        Assert.InRange((double)price, cost * (elasticity - 0.006) / (1 + elasticity - 0.006) - 0.02, cost * (elasticity + 0.006) / (1 + elasticity + 0.006) + 0.02);
        Assert.Matches(@"units [+-][\d.]+, revenue [+-]£[\d,.]+, profit [+-]£", reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("image/svg+xml", attachment.ContentType);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl!["data:image/svg+xml;base64,".Length..]));
        Assert.StartsWith("<svg", svg.TrimStart());
        Assert.True(attachment.ContentUrl!.Length < 256 * 1024);
    }

    [Fact]
    public async Task Shoppers_are_refused_without_costs_or_figures()
    {
        await using var chat = await PricingChat.StartAsync(staff: false);
        var reply = Assert.Single(await chat.SayAsync("what price maximises profit for the desk lamp", "price_recommendation", PricingChat.Product(3, "Desk Lamp")));
        Assert.Contains("only available to shop staff", reply.Text);
        Assert.DoesNotContain("£", reply.Text);
        Assert.DoesNotContain("elasticity", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task A_missing_product_is_asked_for_and_the_answer_continues_the_dialog()
    {
        await using var chat = await PricingChat.StartAsync(staff: true, configure: o => o.MaximumChangePercent = null);
        Assert.Contains("Which product", Assert.Single(await chat.SayAsync("recommend a price", "price_recommendation")).Text);
        Assert.Contains("didn't catch a product", Assert.Single(await chat.SayAsync("hmm the thing", "none")).Text);
        var reply = Assert.Single(await chat.SayAsync("the desk lamp", "product_info", PricingChat.Product(3, "Desk Lamp")));
        Assert.Contains("For Desk Lamp I recommend", reply.Text);
        Assert.Single(reply.Attachments!);
    }

    [Fact]
    public async Task Missing_or_unknown_product_is_asked_for()
    {
        await using var chat = await PricingChat.StartAsync(staff: true, salesDays: 28);
        var ask = Assert.Single(await chat.SayAsync("recommend a price", "price_recommendation"));
        Assert.Contains("Which product", ask.Text);
        var unknown = Assert.Single(await chat.SayAsync("recommend a price for the moon", "price_recommendation", PricingChat.Product(999_999, "moon")));
        Assert.Contains("can't find that product", unknown.Text);
    }

    [Fact]
    public async Task Too_short_a_history_gives_reasons_not_a_number()
    {
        await using var chat = await PricingChat.StartAsync(staff: true, salesDays: 28);
        var reply = Assert.Single(await chat.SayAsync("recommend a price for the desk lamp", "price_recommendation", PricingChat.Product(3, "Desk Lamp")));
        Assert.Contains("I won't", reply.Text);
        Assert.DoesNotContain("I recommend", reply.Text);
        Assert.Null(reply.Attachments);
    }
}
