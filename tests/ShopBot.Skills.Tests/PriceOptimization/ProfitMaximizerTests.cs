using ShopBot.Skills.Learning.PriceOptimization;

namespace ShopBot.Skills.Tests.PriceOptimization;

public class ProfitMaximizerTests
{
    [Fact]
    public void ConstantElasticityOptimum_MetaAnalysisMean_Gives16_17()
    {
        // e = -2.62 (mean of 1,851 published estimates), c = 10: p* = 10 * -2.62 / (1 - 2.62) = 26.2 / 1.62 = 16.1728...
        Assert.Equal(16.17, ProfitMaximizer.ConstantElasticityOptimum(10, -2.62), 2);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-0.5)]
    [InlineData(0.3)]
    public void ConstantElasticityOptimum_Throws_WhenProfitHasNoMaximum(double elasticity) =>
        Assert.Throws<ArgumentException>(() => ProfitMaximizer.ConstantElasticityOptimum(10, elasticity));

    [Fact]
    public void Maximize_TextbookLinearDemand_Gives50_NotAnEdge()
    {
        // D(p) = 100 - p, c = 0, F = 10: profit p (100 - p) - 10, derivative 100 - 2p = 0 -> p* = 50, profit 2490.
        // The edges 0 and 100 both give -10, the minimum a wrong optimiser would return.
        double price = ProfitMaximizer.Maximize(p => Math.Max(0, 100 - p), 0, 10, 0, 100);
        Assert.Equal(50, price, 6);
    }

    [Fact]
    public void Maximize_ReturnsTheEdge_WhenProfitReallyPeaksThere()
    {
        // Same demand on [60, 90]: profit falls over the whole interval, so 60 is the constrained maximum.
        Assert.Equal(60, ProfitMaximizer.Maximize(p => 100 - p, 0, 10, 60, 90), 9);
    }

    [Fact]
    public void Maximize_FindsTheGlobalPeak_OfATwoHumpedCurve()
    {
        // Demand with a local bump: profit p * D(p) has a local max near 20 (about 200) and the global one near 70 (about 700).
        static double Demand(double p) => 10 * Math.Exp(-Math.Pow((p - 20) / 5, 2)) + 10 * Math.Exp(-Math.Pow((p - 70) / 5, 2));
        double price = ProfitMaximizer.Maximize(Demand, 0, 0, 1, 100);
        Assert.InRange(price, 69, 72);
    }
}
