using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class AutoForecasterTests
{
    [Fact]
    public void Auto_PrefersSeasonalModelsOnASeasonalSeries()
    {
        var rng = new Random(21);
        double[] pattern = [-10, -6, -2, 3, 8, 12, 10, 5, 0, -5, -8, -7];
        var y = Enumerable.Range(0, 96).Select(t => 200 + t + pattern[t % 12] + Simulate.Normal(rng)).ToArray();
        var model = new AutoForecaster(12, new AutoForecastOptions { TopK = 1 }).FitModel(y, 12);
        Assert.DoesNotContain(model.Chosen[0], new[] { "Naive2", "SES" });
        var truth = Enumerable.Range(96, 12).Select(t => 200 + t + pattern[t % 12]).ToArray();
        Assert.True(ForecastMetrics.Smape(truth, model.Predict(12)) < 2.0);
        Assert.Equal(model.Scores.Count, model.Candidates.Count);
    }

    [Fact]
    public void Auto_IntervalsCoverAboutTheNominalShareOnRandomWalks()
    {
        var rng = new Random(2024);
        var options = new AutoForecastOptions { BacktestOrigins = 8, IncludeArima = false, TopK = 1 };
        var auto = new AutoForecaster(4, options);
        int inside80 = 0, inside95 = 0, total = 0;
        for (var s = 0; s < 150; s++)
        {
            var y = Simulate.RandomWalk(84, 100, 1, rng);
            var result = auto.FitModel(y.AsSpan(0, 80), 1).Forecast(4);
            for (var h = 0; h < 4; h++)
            {
                total++;
                if (y[80 + h] >= result.Lower80[h] && y[80 + h] <= result.Upper80[h]) inside80++;
                if (y[80 + h] >= result.Lower95[h] && y[80 + h] <= result.Upper95[h]) inside95++;
            }
        }
        Assert.InRange(inside80 / (double)total, 0.70, 0.90);
        Assert.InRange(inside95 / (double)total, 0.88, 0.99);
    }

    [Fact]
    public void Auto_FallsBackWithoutABacktestOnShortHistories()
    {
        var model = new AutoForecaster(6).FitModel([5, 6, 7, 6, 8, 7, 9], 1);
        Assert.Empty(model.Scores);
        Assert.Contains("Theta", model.Chosen);
        var result = model.Forecast(6);
        Assert.True(result.Upper95[5] - result.Lower95[5] > result.Upper95[0] - result.Lower95[0]);
        Assert.True(double.IsNaN(result.BacktestSmape));
    }

    [Fact]
    public void Auto_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new AutoForecaster(0));
        Assert.Throws<ArgumentException>(() => new AutoForecaster(3, new AutoForecastOptions { TopK = 0 }));
        Assert.Throws<ArgumentException>(() => new AutoForecaster(3).FitModel([1, 2], 1));
        Assert.Throws<ArgumentException>(() => new AutoForecaster(3).FitModel([1, double.NaN, 2, 3], 1));
    }

    [Fact]
    public void SigmaByStep_IsTheWindowedRmsAndNonDecreasing()
    {
        var sigma = PredictionIntervals.SigmaByStep([[1, -1, 3], [1, 1, -3]], 3);
        // Steps 1..3 all fall in one window (h-2..h+2): mean of squares (1+1+9)*2/6 = 11/3.
        Assert.Equal(Math.Sqrt(11.0 / 3), sigma[0], 12);
        Assert.Equal(sigma[0], sigma[2], 12);
    }
}
