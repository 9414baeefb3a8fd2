using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class ExponentialSmoothingTests
{
    [Fact]
    public void Holt_ExtendsAnExactLine()
    {
        var y = Enumerable.Range(0, 40).Select(t => 5 + 2.0 * t).ToArray();
        var f = ExponentialSmoothingForecaster.Holt().Fit(y, 1).Predict(3);
        for (var h = 1; h <= 3; h++) Assert.Equal(5 + 2.0 * (39 + h), f[h - 1], 3);
    }

    [Fact]
    public void Ses_ForecastsNearTheLevelOfANoisyConstant()
    {
        var rng = new Random(3);
        var y = Enumerable.Range(0, 300).Select(_ => 50 + Simulate.Normal(rng)).ToArray();
        var model = ExponentialSmoothingForecaster.Ses().FitModel(y, 1);
        Assert.InRange(model.Predict(1)[0], 49.5, 50.5);
        Assert.InRange(model.Alpha, 0, 0.2);
        Assert.InRange(model.ResidualStdDev, 0.85, 1.15);
    }

    [Fact]
    public void Damped_FlattensTheTrend()
    {
        var y = Enumerable.Range(0, 60).Select(t => 100 + 3.0 * t + (t % 2 == 0 ? 1 : -1)).ToArray();
        var model = ExponentialSmoothingForecaster.Damped().FitModel(y, 1);
        Assert.InRange(model.Phi, 0.8, 0.98);
        var f = model.Predict(20);
        Assert.True(f[19] - f[18] < f[1] - f[0]);
    }

    [Theory]
    [InlineData(SeasonKind.Additive)]
    [InlineData(SeasonKind.Multiplicative)]
    public void HoltWinters_RecoversAGeneratedSeasonalPattern(SeasonKind season)
    {
        double[] pattern = [-12, -8, -3, 2, 6, 11, 14, 9, 3, -4, -8, -10];
        var rng = new Random(11);
        double Truth(int t) => season == SeasonKind.Additive
            ? 100 + 0.5 * t + pattern[t % 12]
            : (100 + 0.5 * t) * (1 + pattern[t % 12] / 100);
        var y = Enumerable.Range(0, 144).Select(t => Truth(t) + 0.5 * Simulate.Normal(rng)).ToArray();
        var model = new ExponentialSmoothingForecaster(TrendKind.Additive, season).FitModel(y, 12);
        var f = model.Predict(12);
        for (var h = 0; h < 12; h++) Assert.InRange(f[h] - Truth(144 + h), -2.0, 2.0);
        var mean = model.SeasonalStates.Average();
        for (var i = 0; i < 12; i++)
        {
            var recovered = season == SeasonKind.Additive ? model.SeasonalStates[i] - mean : 100 * (model.SeasonalStates[i] / mean - 1);
            Assert.InRange(recovered - pattern[i], -1.5, 1.5);
        }
    }

    [Fact]
    public void HoltWinters_RejectsUnsuitableHistory()
    {
        var hw = new ExponentialSmoothingForecaster(TrendKind.Additive, SeasonKind.Multiplicative);
        Assert.Throws<ArgumentException>(() => hw.Fit(Enumerable.Range(0, 40).Select(t => t - 5.0).ToArray(), 12));
        Assert.Throws<ArgumentException>(() => hw.Fit([1, 2, 3], 12));
        Assert.Throws<ArgumentException>(() => hw.Fit(Enumerable.Range(1, 40).Select(t => (double)t).ToArray(), 1));
        Assert.Throws<ArgumentException>(() => ExponentialSmoothingForecaster.Ses().Fit([1, double.NaN, 3], 1));
    }

    [Fact]
    public void Theta_FollowsTheSesWithDriftFormula()
    {
        // tail = 1/0.5 - 0.5^3/0.5 = 1.75; f1 = 10 + 1 * 1.75, f2 = 10 + 1 * 2.75.
        var f = new ThetaModel(10, 0.5, 2, 3).Predict(2);
        Assert.Equal(11.75, f[0], 12);
        Assert.Equal(12.75, f[1], 12);
    }

    [Fact]
    public void Theta_ForecastsALinearTrendWithHalfItsSlope()
    {
        var y = Enumerable.Range(0, 50).Select(t => 10 + 1.0 * t).ToArray();
        var f = ThetaCoreForecaster.Theta().Fit(y, 1).Predict(3);
        // SES tracks the line closely; theta adds half the slope per step.
        Assert.InRange(f[1] - f[0], 0.49, 0.51);
        Assert.InRange(f[0], 58.5, 61);
    }

    [Fact]
    public void Comb_IsTheMeanOfItsMembers()
    {
        var rng = new Random(5);
        var y = Enumerable.Range(0, 80).Select(t => 20 + 0.2 * t + Simulate.Normal(rng)).ToArray();
        var comb = CombinationForecaster.Comb().Fit(y, 1).Predict(4);
        var members = new[] { ExponentialSmoothingForecaster.Ses(), ExponentialSmoothingForecaster.Holt(), ExponentialSmoothingForecaster.Damped() }
            .Select(m => m.Fit(y, 1).Predict(4)).ToArray();
        for (var h = 0; h < 4; h++) Assert.Equal(members.Average(m => m[h]), comb[h], 9);
    }
}
