using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class ArimaTests
{
    [Fact]
    public void Arima_RecoversAr2Coefficients()
    {
        var y = Simulate.Arma(3000, [0.5, -0.3], [], 10, 1, seed: 42);
        var model = new ArimaForecaster().FitFixed(y, 2, 0, 0, constant: true);
        Assert.InRange(model.Ar[0], 0.45, 0.55);
        Assert.InRange(model.Ar[1], -0.35, -0.25);
        Assert.InRange(model.Constant, 9.9, 10.1);
        Assert.InRange(model.Sigma2, 0.9, 1.1);
    }

    [Fact]
    public void Arima_RecoversMa1Coefficient()
    {
        var y = Simulate.Arma(3000, [], [0.6], 0, 1, seed: 7);
        var model = new ArimaForecaster().FitFixed(y, 0, 0, 1, constant: true);
        Assert.InRange(model.Ma[0], 0.55, 0.65);
    }

    [Fact]
    public void Arima_SearchPicksTheGeneratingOrderForAr1WithDrift()
    {
        // y is integrated AR(1) (phi 0.6) with drift 0.5: KPSS should ask for d = 1.
        var w = Simulate.Arma(2000, [0.6], [], 0.5, 1, seed: 9);
        var y = new double[w.Length];
        double level = 0;
        for (var t = 0; t < w.Length; t++) { level += w[t]; y[t] = level; }
        var model = new ArimaForecaster().FitModel(y);
        Assert.Equal(1, model.D);
        Assert.True(model.HasConstant);
        Assert.InRange(model.Constant, 0.3, 0.7);
        var f = model.Predict(200);
        Assert.InRange((f[199] - f[99]) / 100, 0.3, 0.7);
    }

    [Fact]
    public void Kpss_SeparatesRandomWalkFromNoise()
    {
        var rng = new Random(1);
        var noise = Enumerable.Range(0, 500).Select(_ => Simulate.Normal(rng)).ToArray();
        var walk = Simulate.RandomWalk(500, 0, 1, rng);
        Assert.True(ArimaMath.Kpss(noise) < ArimaMath.KpssCritical5);
        Assert.True(ArimaMath.Kpss(walk) > ArimaMath.KpssCritical5);
    }

    [Theory]
    [InlineData(new[] { 0.5, -0.3 }, true)]
    [InlineData(new[] { 1.2 }, false)]
    [InlineData(new[] { 0.5, 0.6 }, false)]
    [InlineData(new[] { -0.9 }, true)]
    public void IsStationary_ChecksTheArRoots(double[] phi, bool expected) => Assert.Equal(expected, ArimaMath.IsStationary(phi));

    [Fact]
    public void IsInvertible_ChecksTheMaRoots()
    {
        Assert.True(ArimaMath.IsInvertible([0.6]));
        Assert.False(ArimaMath.IsInvertible([-1.5]));
    }

    [Fact]
    public void PartialToAr_MapsPartialsToAStationaryPolynomial()
    {
        // AR(2) with phi = (0.5, -0.3) has partials u2 = -0.3, u1 = 0.5 / (1 + 0.3), since phi1 = u1 (1 - u2)
        var phi = new double[2];
        ArimaMath.PartialToAr([0.5 / 1.3, -0.3], phi, new double[2]);
        Assert.Equal(0.5, phi[0], 10);
        Assert.Equal(-0.3, phi[1], 10);
        Assert.True(ArimaMath.IsStationary(phi));
    }

    [Fact]
    public void Arima_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new ArimaForecaster().FitModel([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => new ArimaForecaster().FitFixed(new double[50], 1, 2, 0, constant: true));
        Assert.Throws<ArgumentException>(() => new ArimaForecaster(new ArimaOptions { MaxP = -1 }));
    }
}
