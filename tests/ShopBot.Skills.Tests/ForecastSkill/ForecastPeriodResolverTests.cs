using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Forecasts;

namespace ShopBot.Skills.Tests.ForecastSkill;

public sealed class ForecastPeriodResolverTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static EntityMatch Entity(string type, params Dictionary<string, object?>[] values) =>
        new("x", 0, 0, "datetimeV2." + type, new Dictionary<string, object?> { ["values"] = values.ToList() });

    [Fact]
    public void A_date_range_is_taken_as_given_with_an_exclusive_end()
    {
        var period = ForecastPeriodResolver.Resolve([Entity("daterange", new Dictionary<string, object?> { ["type"] = "daterange", ["start"] = "2026-11-24", ["end"] = "2027-01-19" })], Today);
        Assert.Equal(new ForecastPeriod(new DateOnly(2026, 11, 24), new DateOnly(2027, 1, 19), true), period);
        Assert.Equal(56, period!.Days);
    }

    [Fact]
    public void Of_a_past_and_a_future_reading_the_future_one_is_chosen()
    {
        var period = ForecastPeriodResolver.Resolve([Entity("daterange",
            new Dictionary<string, object?> { ["type"] = "daterange", ["start"] = "2025-12-01", ["end"] = "2026-01-01" },
            new Dictionary<string, object?> { ["type"] = "daterange", ["start"] = "2026-12-01", ["end"] = "2027-01-01" })], Today);
        Assert.Equal(new DateOnly(2026, 12, 1), period!.Start);
    }

    [Fact]
    public void Only_past_readings_give_the_past_period_so_the_skill_can_say_so()
    {
        var period = ForecastPeriodResolver.Resolve([Entity("daterange", new Dictionary<string, object?> { ["type"] = "daterange", ["start"] = "2026-10-01", ["end"] = "2026-11-01" })], Today);
        Assert.True(period!.End <= Today);
    }

    [Fact]
    public void A_date_runs_from_today_to_that_day_and_a_duration_from_today()
    {
        var byDate = ForecastPeriodResolver.Resolve([Entity("date", new Dictionary<string, object?> { ["type"] = "date", ["value"] = "2026-12-25" })], Today);
        Assert.Equal(new ForecastPeriod(Today, new DateOnly(2026, 12, 26), true), byDate);
        var duration = ForecastPeriodResolver.Resolve([Entity("duration", new Dictionary<string, object?> { ["type"] = "duration", ["value"] = "3628800" })], Today);
        Assert.Equal(new ForecastPeriod(Today, Today.AddDays(42), true), duration);
    }

    [Fact]
    public void Other_entities_and_malformed_values_give_no_period()
    {
        Assert.Null(ForecastPeriodResolver.Resolve([], Today));
        Assert.Null(ForecastPeriodResolver.Resolve([new EntityMatch("2", 0, 0, "number", new Dictionary<string, object?> { ["value"] = "2" })], Today));
        Assert.Null(ForecastPeriodResolver.Resolve([Entity("daterange", new Dictionary<string, object?> { ["type"] = "daterange", ["start"] = "soon", ["end"] = "2026-12-01" })], Today));
        Assert.Null(ForecastPeriodResolver.Resolve([Entity("time", new Dictionary<string, object?> { ["type"] = "time", ["value"] = "15:00:00" })], Today));
    }
}
