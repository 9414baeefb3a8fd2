using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Skills.Forecasts;
using static ShopBot.Skills.Tests.ForecastSkill.ForecastChat;

namespace ShopBot.Skills.Tests.ForecastSkill;

public sealed class ForecastSkillTests
{
    [Fact]
    public async Task Staff_get_a_table_the_model_its_backtest_error_and_an_svg_chart()
    {
        await using var chat = await StartAsync(staff: true);
        var replies = await chat.SayAsync("sales forecast for the espresso machine next 8 weeks", "show_forecast",
            Product(2, "Espresso Machine"), DateRange("next 8 weeks", (Today.AddDays(1), Today.AddDays(57))));

        var reply = Assert.Single(replies);
        var text = reply.Text!;
        Assert.Contains("Espresso Machine", text, StringComparison.Ordinal);
        Assert.Contains("| Week starting | Forecast (units) | 80% interval |", text, StringComparison.Ordinal);
        // Tomorrow + 8 weeks from today spans 9 weekly steps starting today; each row is "| date | n | lo–hi |".
        var rows = Regex.Matches(text, @"^\| \w{3} \d{1,2} \w{3} \d{4} \| [\d,]+ \| [\d,]+–[\d,]+ \|$", RegexOptions.Multiline);
        Assert.Equal(9, rows.Count);
        Assert.Matches(@"Model: \S.*, chosen by backtest", text);
        Assert.Matches(@"sMAPE \d+\.\d% and MASE \d+\.\d\d", text);
        Assert.Contains("reorder point", text, StringComparison.Ordinal);

        var chart = Assert.Single(reply.Attachments!);
        Assert.Equal("image/svg+xml", chart.ContentType);
        const string prefix = "data:image/svg+xml;base64,";
        Assert.StartsWith(prefix, chart.ContentUrl, StringComparison.Ordinal);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(chart.ContentUrl![prefix.Length..]));
        var document = XDocument.Parse(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.True(document.Descendants().Count(e => e.Name.LocalName == "polyline") >= 2, "history and forecast lines");
        Assert.Single(document.Descendants(), e => e.Name.LocalName == "polygon");
        Assert.Contains("Espresso Machine", svg, StringComparison.Ordinal);
        Assert.True(chart.ContentUrl.Length < 256 * 1024);
    }

    [Fact]
    public async Task A_shopper_asking_for_a_forecast_is_refused_without_any_figures()
    {
        await using var chat = await StartAsync(staff: false);
        var replies = await chat.SayAsync("sales forecast for the espresso machine next 8 weeks", "show_forecast",
            Product(2, "Espresso Machine"), DateRange("next 8 weeks", (Today.AddDays(1), Today.AddDays(57))));

        var reply = Assert.Single(replies);
        Assert.Contains("staff", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\d", reply.Text!);
        Assert.True(reply.Attachments is null || reply.Attachments.Count == 0);
    }

    [Fact]
    public async Task A_november_question_gets_weekly_rows_for_november_only_and_short_periods_go_daily()
    {
        await using var chat = await StartAsync(staff: true);
        // "in November" seen in June: the past reading (last November) is skipped, this year's is used.
        var november = await chat.SayAsync("how many espresso machines will we sell in November", "show_forecast", Product(2, "Espresso Machine"),
            DateRange("in november", (new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 1)), (new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1))));
        var text = Assert.Single(november).Text!;
        Assert.Contains("Sun 1 Nov 2026 – Mon 30 Nov 2026", text, StringComparison.Ordinal);
        var weeks = Regex.Matches(text, @"^\| (\w{3} \d{1,2} \w{3} \d{4}) \|", RegexOptions.Multiline).Select(m => DateOnly.Parse(m.Groups[1].Value[4..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, weeks.Count); // weeks start on Mondays (today): 26 Oct ... 30 Nov
        Assert.All(weeks, w => Assert.True(w.AddDays(7) > new DateOnly(2026, 11, 1) && w < new DateOnly(2026, 12, 1), $"week {w} overlaps November"));

        var week = await chat.SayAsync("forecast the desk lamp for the next 10 days", "show_forecast", Product(3, "Desk Lamp"),
            DateRange("next 10 days", (Today.AddDays(1), Today.AddDays(11))));
        var daily = Assert.Single(week).Text!;
        Assert.Contains("| Day | Forecast (units) | 80% interval |", daily, StringComparison.Ordinal);
        Assert.Equal(10, Regex.Matches(daily, @"^\| \w{3} \d", RegexOptions.Multiline).Count);
    }

    [Fact]
    public async Task Without_a_product_the_skill_asks_and_offers_matching_products_then_answers()
    {
        await using var chat = await StartAsync(staff: true);
        var ask = Assert.Single(await chat.SayAsync("show me the demand forecast for the headphones", "show_forecast", ProductType("headphones")));
        Assert.Contains("Which product", ask.Text, StringComparison.Ordinal);
        Assert.Contains(ask.SuggestedActions!.Actions, a => a.Title == "Wireless Headphones");

        var answer = Assert.Single(await chat.SayAsync("Wireless Headphones", "check_stock", Product(5, "Wireless Headphones")));
        Assert.Contains("Sales forecast for the Wireless Headphones", answer.Text, StringComparison.Ordinal);
        Assert.Contains("out of stock now (40 units inbound)", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Attachments!);
    }

    [Fact]
    public async Task A_period_that_has_ended_or_is_too_far_ahead_gets_a_clear_answer()
    {
        await using var chat = await StartAsync(staff: true);
        var past = Assert.Single(await chat.SayAsync("forecast the notebook for last month", "show_forecast", Product(4, "Notebook"),
            DateRange("last month", (new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1))))).Text!;
        Assert.Contains("already ended", past, StringComparison.Ordinal);
        var far = Assert.Single(await chat.SayAsync("forecast the notebook for next year", "show_forecast", Product(4, "Notebook"),
            DateRange("next year", (new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1))))).Text!;
        Assert.Contains("26 weeks", far, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_product_with_too_little_history_gets_an_honest_answer_instead_of_a_forecast()
    {
        // Seeded with 28 days of sales: 4 weeks, fewer than the 8 a weekly forecast needs.
        await using var chat = await StartAsync(staff: true, salesDays: 28);
        var reply = Assert.Single(await chat.SayAsync("sales forecast for the desk lamp next 8 weeks", "show_forecast", Product(3, "Desk Lamp"),
            DateRange("next 8 weeks", (Today.AddDays(1), Today.AddDays(57)))));
        Assert.Contains("hasn't been selling long enough", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
    }
}
