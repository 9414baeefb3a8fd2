using ShopBot.Skills.Learning.Inventory;

namespace ShopBot.Skills.Tests.Inventory;

public class InventoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Stockout_FallsOnTheDayCumulativeDemandReachesStock()
    {
        // Demand 4, 4, 4, 4: cumulative 4, 8, 12 >= 10 on day index 2 -> 25 Nov; cover = 2 + (10 - 8) / 4 = 2.5 days.
        var estimate = StockoutEstimator.Estimate(10, [4, 4, 4, 4], Today);
        Assert.Equal(new DateOnly(2026, 11, 25), estimate.Date);
        Assert.Equal(2.5, estimate.DaysOfCover!.Value, 12);
        Assert.Equal(16, estimate.ForecastDemand, 12);
    }

    [Fact]
    public void Stockout_IsBeyondTheForecastWhenStockOutlastsIt()
    {
        var estimate = StockoutEstimator.Estimate(100, [1, 2, -3, 1], Today);
        Assert.True(estimate.BeyondForecast);
        Assert.Equal(4, estimate.ForecastDemand, 12);
    }

    [Fact]
    public void Stockout_IsTodayWithoutStock()
    {
        Assert.Equal(Today, StockoutEstimator.Estimate(0, [1], Today).Date);
        Assert.Throws<ArgumentException>(() => StockoutEstimator.Estimate(5, [], Today));
        Assert.Throws<ArgumentException>(() => StockoutEstimator.Estimate(double.NaN, [1], Today));
    }

    [Fact]
    public void SafetyStock_IsZTimesSigmaTimesRootLeadTime()
    {
        // z(95%) = 1.6449; sigma 3 per day, lead time 9 days: 1.6449 * 3 * 3 = 14.804.
        var z = ReorderPolicy.ZForServiceLevel(0.95);
        Assert.Equal(1.644854, z, 5);
        Assert.Equal(z * 9, ReorderPolicy.SafetyStock(z, 3, 9), 12);
    }

    [Fact]
    public void ReorderPoint_IsLeadTimeDemandPlusSafetyStock()
    {
        // Demand 5,5,6,6 for 2.5 days: 5 + 5 + 0.5 * 6 = 13; SS = 1.6449 * 2 * sqrt(2.5) = 5.2015; ROP = 18.2015.
        var advice = ReorderPolicy.Advise([5, 5, 6, 6], 2, 2.5, 0.95, stockOnHand: 18);
        Assert.Equal(13, advice.LeadTimeDemand, 12);
        Assert.Equal(1.6448536 * 2 * Math.Sqrt(2.5), advice.SafetyStock, 5);
        Assert.Equal(13 + 1.6448536 * 2 * Math.Sqrt(2.5), advice.ReorderPoint, 5);
        Assert.True(advice.ReorderNow);
        Assert.False(ReorderPolicy.Advise([5, 5, 6, 6], 2, 2.5, 0.95, stockOnHand: 10, stockOnOrder: 10).ReorderNow);
    }

    [Fact]
    public void LeadTimeDemand_RepeatsTheLastDayBeyondTheForecast()
    {
        Assert.Equal(1 + 2 + 2 + 2, ReorderPolicy.LeadTimeDemand([1, 2], 4), 12);
    }

    [Fact]
    public void ReorderPolicy_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => ReorderPolicy.ZForServiceLevel(1.0));
        Assert.Throws<ArgumentException>(() => ReorderPolicy.SafetyStock(1.6, -1, 3));
        Assert.Throws<ArgumentException>(() => ReorderPolicy.LeadTimeDemand([1], -2));
    }

    [Fact]
    public void Restock_UsesKnownInboundDate()
    {
        var estimate = RestockEstimator.Estimate(Today, new DateOnly(2026, 12, 1), 14);
        Assert.Equal(new RestockEstimate(new DateOnly(2026, 12, 1), false, "inbound"), estimate);
    }

    [Fact]
    public void Restock_EstimatesFromLeadTimeAndSaysSo()
    {
        Assert.Equal(new RestockEstimate(new DateOnly(2026, 12, 7), true, "lead-time"), RestockEstimator.Estimate(Today, null, 14));
        Assert.Equal(new RestockEstimate(new DateOnly(2026, 11, 30), true, "overdue-inbound"),
            RestockEstimator.Estimate(Today, new DateOnly(2026, 11, 20), 7));
        Assert.Throws<ArgumentException>(() => RestockEstimator.Estimate(Today, null, -1));
    }
}
