using Microsoft.Extensions.DependencyInjection;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Learning.Forecasting;
using ShopBot.Skills.Skills.Forecasts;
using ShopBot.Skills.Tests.Data;
using Xunit.Abstractions;
using static ShopBot.Skills.Tests.ForecastSkill.ForecastChat;

namespace ShopBot.Skills.Tests.ForecastSkill;

/// <summary>
/// The skill's forecaster against the demo shop's known demand: the skill's clock is set 8 weeks before the end of two
/// years of generated sales, so the last 8 weeks are never seen; its weekly forecasts are compared with the ground-truth
/// expected units of those weeks (<c>ProductGroundTruth.ExpectedUnits</c> at the price actually charged each day).
/// </summary>
public sealed class DemoShopForecastAccuracyTests(ITestOutputHelper output)
{
    private const int HeldOutWeeks = 8;

    [Fact]
    public async Task Eight_week_forecasts_of_the_demo_shop_track_its_ground_truth()
    {
        var cutoff = Now.AddDays(-7 * HeldOutWeeks);
        await using var chat = await StartAsync(staff: true, salesDays: 730, skillClock: new FixedTimeProvider(cutoff));
        var forecaster = chat.Services.GetRequiredService<DemandForecaster>();
        var products = chat.Services.GetRequiredService<IProductStore>();
        var sales = chat.Services.GetRequiredService<ISalesStore>();
        var truths = await chat.Services.GetRequiredService<SqliteDemoGroundTruthStore>().GetAllAsync();
        var start = DateOnly.FromDateTime(cutoff.UtcDateTime);

        double forecastTotal = 0, truthTotal = 0, smapeSum = 0, chargedSmapeSum = 0, naiveSmapeSum = 0;
        var inside80 = 0;
        var steps = 0;
        foreach (var truth in truths)
        {
            var product = (await products.GetByIdAsync(truth.ProductId))!;
            var forecast = await forecaster.ForecastAsync(product, new ForecastPeriod(start, start.AddDays(7 * HeldOutWeeks), true), CancellationToken.None);
            Assert.NotNull(forecast);
            Assert.Equal(ForecastGrain.Week, forecast.Grain);
            var days = await sales.GetDailySalesAsync(product.Id, start, start.AddDays(7 * HeldOutWeeks - 1));
            // The demand at the regular price in force at the cutoff, without promotions: what "no change" means.
            var prices = await sales.GetPriceHistoryAsync(product.Id);
            var regular = prices.Last(p => p.ValidFrom < start).PriceCents;
            var expected = new double[HeldOutWeeks];
            var charged = new double[HeldOutWeeks];
            for (var day = 0; day < 7 * HeldOutWeeks; day++) expected[day / 7] += truth.ExpectedUnits(start.AddDays(day), regular, false);
            foreach (var d in days) charged[(d.Date.DayNumber - start.DayNumber) / 7] += truth.ExpectedUnits(d.Date, d.PriceCents, d.OnPromotion);
            var point = forecast.Result.Point.Select(v => Math.Max(0, v)).ToArray();
            // Naive reference: the last observed week repeated.
            var naive = Enumerable.Repeat(forecast.History[^1], HeldOutWeeks).ToArray();
            smapeSum += ForecastMetrics.Smape(expected, point);
            chargedSmapeSum += ForecastMetrics.Smape(charged, point);
            naiveSmapeSum += ForecastMetrics.Smape(expected, naive);
            forecastTotal += point.Sum();
            truthTotal += expected.Sum();
            for (var w = 0; w < HeldOutWeeks; w++, steps++)
                if (expected[w] >= forecast.Result.Lower80[w] && expected[w] <= forecast.Result.Upper80[w]) inside80++;
        }

        var smape = smapeSum / truths.Count;
        var naiveSmape = naiveSmapeSum / truths.Count;
        var bias = (forecastTotal - truthTotal) / truthTotal;
        var coverage = (double)inside80 / steps;
        output.WriteLine($"{truths.Count} products, {HeldOutWeeks} held-out weeks: sMAPE vs ground truth at the cutoff's regular price {smape:F2}% (naive {naiveSmape:F2}%); vs truth at the prices and promotions that followed {chargedSmapeSum / truths.Count:F2}%, total bias {bias:P1}, 80% band holds the truth {coverage:P0}");

        // Measured (seed 20261123, 20 products): sMAPE 20.6% (naive last week 16.5%), bias +10.7%, 80% band 99%. The
        // forecaster sees units only: promotion spikes in the history lift its level, and future price moves and
        // promotions (elasticity -1.3..-3.5) are unknowable to it, so the bounds leave room for that.
        Assert.True(smape < 25, $"weekly sMAPE against the ground truth {smape:F2}% should be under 25%");
        Assert.True(Math.Abs(bias) < 0.15, $"total bias {bias:P1} should be within ±15%");
        Assert.True(coverage > 0.6, $"the 80% band should hold most true weekly means, held {coverage:P0}");
    }
}
