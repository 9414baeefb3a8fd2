using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Forecasts;

namespace ShopBot.Skills.Tests.ForecastSkill;

public sealed class SalesAggregatorTests
{
    private static DailySale Sale(DateOnly day, int units) => new(1, day, units, 999, false);

    [Fact]
    public void Days_are_summed_into_weeks_from_the_first_day_and_missing_days_count_as_zero()
    {
        var first = new DateOnly(2026, 1, 5);
        DailySale[] sales = [Sale(first.AddDays(-1), 100), Sale(first, 2), Sale(first.AddDays(6), 3), Sale(first.AddDays(7), 5), Sale(first.AddDays(20), 7), Sale(first.AddDays(21), 100)];
        Assert.Equal([5, 5, 7], SalesAggregator.Buckets(sales, first, 3, 7));
        Assert.Equal([2, 0, 0, 0, 0, 0, 3], SalesAggregator.Buckets(sales, first, 7, 1));
    }

    [Fact]
    public void Leading_empty_buckets_are_found_and_bad_sizes_are_refused()
    {
        Assert.Equal(2, SalesAggregator.FirstActive([0, 0, 4, 0, 1]));
        Assert.Equal(0, SalesAggregator.FirstActive([0, 0]));
        Assert.Throws<ArgumentException>(() => SalesAggregator.Buckets([], DateOnly.MinValue, 3, 0));
        Assert.Throws<ArgumentException>(() => SalesAggregator.Buckets([], DateOnly.MinValue, -1, 7));
    }
}
