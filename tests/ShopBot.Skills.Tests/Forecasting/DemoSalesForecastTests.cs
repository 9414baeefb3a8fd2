using ShopBot.Skills.Learning.Forecasting;
using ShopBot.Skills.Learning.Inventory;

namespace ShopBot.Skills.Tests.Forecasting;

/// <summary>
/// Shop-like daily sales (weekly pattern, slow growth, Poisson-like noise, seeded) are forecast within a stated error
/// of their noise-free ground truth, and the forecast drives the stock-out date.
/// </summary>
public class DemoSalesForecastTests
{
    private static readonly double[] Weekday = [0.8, 0.9, 0.95, 1.0, 1.15, 1.4, 0.8];

    private static double Truth(int day) => (20 + 0.05 * day) * Weekday[day % 7];

    private static double[] Sales(int days, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, days).Select(d => Math.Max(0, Math.Round(Truth(d) + Math.Sqrt(Truth(d)) * Simulate.Normal(rng)))).ToArray();
    }

    [Fact]
    public void DailySales_AreForecastWithinTenPercentOfTheGroundTruth()
    {
        var sales = Sales(364, seed: 99);
        var model = new AutoForecaster(28).FitModel(sales, 7);
        var truth = Enumerable.Range(364, 28).Select(Truth).ToArray();
        var smape = ForecastMetrics.Smape(truth, model.Predict(28));
        Assert.True(smape < 10, $"sMAPE {smape:F2}% against the noise-free truth ({model.Name})");
        var result = model.Forecast(28);
        Assert.All(Enumerable.Range(0, 28), h => Assert.True(result.Lower80[h] <= result.Point[h] && result.Point[h] <= result.Upper80[h]));
        Assert.False(double.IsNaN(result.BacktestSmape));
    }

    [Fact]
    public void Forecast_DrivesTheStockoutDate()
    {
        var sales = Sales(364, seed: 5);
        var forecast = new AutoForecaster(28).FitModel(sales, 7).Predict(28);
        var today = new DateOnly(2026, 11, 23);
        var estimate = StockoutEstimator.Estimate(100, forecast, today);
        // True demand is about 38 a day, so 100 units last between 2 and 4 days.
        Assert.InRange(estimate.DaysOfCover!.Value, 2, 4);
        Assert.InRange(estimate.Date!.Value, today.AddDays(2), today.AddDays(3));
    }
}
