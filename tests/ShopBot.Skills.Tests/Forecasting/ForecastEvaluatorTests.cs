using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class ForecastEvaluatorTests
{
    [Fact]
    public void Evaluate_ScoresMethodsAgainstNaive2InTheSameRun()
    {
        var rng = new Random(8);
        var series = Enumerable.Range(0, 6)
            .Select(i => new TimeSeries($"s{i}", Enumerable.Range(0, 60).Select(t => 50 + (i + 1) * 0.8 * t + Simulate.Normal(rng)).ToArray()))
            .Append(new TimeSeries("short", [1, 2, 3]))
            .Append(new TimeSeries("flat", Enumerable.Repeat(4.0, 30).ToArray()))
            .ToList();
        var report = new ForecastEvaluator(new AutoForecastOptions { IncludeArima = false }).Evaluate(series, 6, 1);
        Assert.Equal(6, report.SeriesCount);
        Assert.Equal(2, report.Skipped.Count);
        Assert.Equal(1.0, report.Naive2.Owa, 12);
        // Trending series: the trend methods must beat the naive reference clearly.
        Assert.True(report.Auto.Owa < 0.7, $"Auto OWA {report.Auto.Owa}");
        Assert.Contains(report.Methods, m => m.Method == "Comb");
        Assert.True(report.Seconds >= 0);
        Assert.InRange(report.Coverage95, report.Coverage80, 1.0);
    }

    [Fact]
    public void Evaluate_ComputesNaive2FiguresByHand()
    {
        // One series, m = 1, horizon 2: train 1,3,2,5 (scale 2), Naive2 forecasts 5,5 against 6,4.
        var report = new ForecastEvaluator().Evaluate([new TimeSeries("a", [1, 3, 2, 5, 6, 4])], 2, 1);
        Assert.Equal(0.5, report.Naive2.Mase, 12);
        Assert.Equal(100 * (1.0 / 11 + 1.0 / 9), report.Naive2.Smape, 10);
    }

    [Fact]
    public void Evaluate_RejectsBadInput()
    {
        var evaluator = new ForecastEvaluator();
        Assert.Throws<ArgumentException>(() => evaluator.Evaluate([new TimeSeries("a", [1, 2, 3])], 0, 1));
        Assert.Throws<ArgumentException>(() => evaluator.Evaluate([new TimeSeries("a", [1, 2, 3])], 2, 1));
    }
}
