using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class NaiveAndSeasonalityTests
{
    private static readonly double[] Pattern = [0.5, 1.5, 0.8, 1.2];

    private static double[] Seasonal(int seasons)
    {
        var y = new double[seasons * 4];
        for (var t = 0; t < y.Length; t++) y[t] = 10 * Pattern[t % 4];
        return y;
    }

    [Fact]
    public void Decomposition_RecoversExactMultiplicativeIndices()
    {
        var indices = ClassicalDecomposition.MultiplicativeIndices(Seasonal(4), 4);
        for (var i = 0; i < 4; i++) Assert.Equal(Pattern[i], indices[i], 10);
    }

    [Fact]
    public void Naive2_ReseasonalisesTheLastAdjustedValue()
    {
        // Adjusted series is 10 everywhere; 32 points (8 seasons, enough for the 90% test), so the next position
        // is 0: forecasts 5, 15, 8, 12, 5. (With only 4 seasons r_4 = 0.75 stays under the limit 0.81.)
        var model = SeasonallyAdjustedForecaster.Naive2().Fit(Seasonal(8), 4);
        var f = model.Predict(5);
        double[] expected = [5, 15, 8, 12, 5];
        for (var h = 0; h < 5; h++) Assert.Equal(expected[h], f[h], 10);
        Assert.True(((SeasonallyAdjustedModel)model).Adjusted);
    }

    [Fact]
    public void Naive2_IsNaiveWhenNotSeasonal()
    {
        var f = SeasonallyAdjustedForecaster.Naive2().Fit([3, 5, 4, 7], 1).Predict(3);
        Assert.Equal([7.0, 7.0, 7.0], f);
    }

    [Fact]
    public void SeasonalNaive_RepeatsTheLastSeason()
    {
        var f = new NaiveForecaster(seasonal: true).Fit([1, 2, 3, 4, 5, 6], 3).Predict(4);
        Assert.Equal([4.0, 5.0, 6.0, 4.0], f);
    }

    [Fact]
    public void SeasonalityTest_DetectsPeriodAndRejectsNoise()
    {
        var rng = new Random(7);
        var noise = Enumerable.Range(0, 120).Select(_ => Simulate.Normal(rng)).ToArray();
        var sine = Enumerable.Range(0, 120).Select(t => 100 + 10 * Math.Sin(2 * Math.PI * t / 12) + Simulate.Normal(rng)).ToArray();
        Assert.False(SeasonalityTest.IsSeasonal(noise, 12));
        Assert.True(SeasonalityTest.IsSeasonal(sine, 12));
        Assert.Equal(12, SeasonalityTest.Detect(sine, [4, 7, 12]));
        Assert.Equal(1, SeasonalityTest.Detect(noise, [12]));
        Assert.False(((SeasonallyAdjustedModel)SeasonallyAdjustedForecaster.Naive2().Fit(Seasonal(4), 4)).Adjusted);
        Assert.False(SeasonalityTest.IsSeasonal(sine, 1));
    }

    [Fact]
    public void Autocorrelation_MatchesHandValue()
    {
        // y = 1,2,3,4: mean 2.5, deviations -1.5,-0.5,0.5,1.5; sum sq 5; lag-1 products 0.75-0.25+0.75 = 1.25 -> 0.25.
        Assert.Equal(0.25, SeasonalityTest.Autocorrelation([1, 2, 3, 4], 1), 12);
    }
}
