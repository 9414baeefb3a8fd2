using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class ForecastMetricsTests
{
    [Fact]
    public void Smape_MatchesHandComputedValue()
    {
        // 200/2 * (10/210 + 20/380) = 10.025062...
        var smape = ForecastMetrics.Smape([100, 200], [110, 180]);
        Assert.Equal(100 * (10.0 / 210 + 20.0 / 380), smape, 10);
        Assert.Equal(10.02506, smape, 4);
    }

    [Fact]
    public void Smape_CountsBothZeroAsPerfect()
    {
        Assert.Equal(0, ForecastMetrics.Smape([0, 0], [0, 0]));
        Assert.Equal(100, ForecastMetrics.Smape([0, 0], [0, 5]), 10);
    }

    [Fact]
    public void Mase_UsesInSampleSeasonalNaiveScale()
    {
        // m = 1: in-sample diffs 2, 1, 3 -> scale 2; MAE of [6,4] vs [5,5] = 1 -> 0.5.
        Assert.Equal(0.5, ForecastMetrics.Mase([1, 3, 2, 5], [6, 4], [5, 5], 1), 12);
        // m = 2: |2-1|, |5-3| -> scale 1.5 -> MASE 2/3.
        Assert.Equal(2.0 / 3, ForecastMetrics.Mase([1, 3, 2, 5], [6, 4], [5, 5], 2), 12);
    }

    [Fact]
    public void Owa_AveragesRatiosToNaive2()
    {
        Assert.Equal(0.8, ForecastMetrics.Owa(8, 2, 10, 2.5), 12);
        Assert.Equal(1.0, ForecastMetrics.Owa(10, 2.5, 10, 2.5), 12);
    }

    [Fact]
    public void Metrics_RejectBadInput()
    {
        Assert.Throws<ArgumentException>(() => ForecastMetrics.Smape([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => ForecastMetrics.Smape([], []));
        Assert.Throws<ArgumentException>(() => ForecastMetrics.Mase([1, 1, 1], [2], [2], 1));
        Assert.Throws<ArgumentException>(() => ForecastMetrics.SeasonalNaiveScale([1, 2], 2));
        Assert.Throws<ArgumentException>(() => ForecastMetrics.Owa(1, 1, 0, 1));
    }
}
