using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Learning.PriceOptimization.Simulation;

namespace ShopBot.Skills.Tests.PriceOptimization;

public class PoissonRegressionTests
{
    // Binary regressor: the Poisson MLE matches each group's mean. Group 0 y = [1, 3] -> mean 2 = exp(b0);
    // group 1 y = [6, 0, 6] -> mean 4 = exp(b0 + b1) -> b0 = ln 2, b1 = ln 2.
    // X'WX with W = mu: [[2*2 + 3*4, 12], [12, 12]] = [[16, 12], [12, 12]], det 48 -> inverse [1,1] = 16/48 = 1/3.
    // Pearson chi^2 = (1/2 + 1/2) + (4/4 + 16/4 + 4/4) = 7; dispersion 7 / (5 - 2) = 7/3; SE(b1) = sqrt(7/3 * 1/3) = 0.8819171.
    [Fact]
    public void Fit_MatchesHandComputedPoissonMle()
    {
        double[,] x = { { 1, 0 }, { 1, 0 }, { 1, 1 }, { 1, 1 }, { 1, 1 } };
        var fit = PoissonRegression.Fit(x, [1, 3, 6, 0, 6], ["intercept", "x"]);

        Assert.Equal(Math.Log(2), fit.Coefficients[0], 8);
        Assert.Equal(Math.Log(2), fit.Coefficients[1], 8);
        Assert.Equal(0.8819171, fit.StandardErrors[1], 6);
        Assert.Equal(7.0 / 3, fit.ResidualVariance, 8);
    }

    [Fact]
    public void PoissonEstimator_RecoversElasticity_OfASlowSeller_WhereDroppingZerosDoesNot()
    {
        // About 1.5 units a day: a third of the days sell nothing.
        var truth = new DemandSimulationParameters { Elasticity = -2.5, BaseUnits = 1.5, PriceSpread = 0.3 };
        var history = DemandSimulator.Simulate("slow", truth, 22).History;
        Assert.InRange(history.Count(o => o.Units == 0) / (double)history.Count, 0.2, 0.5);

        var poisson = new DemandTrainer(new DemandModelOptions { Estimator = DemandEstimator.PoissonPseudoLikelihood }).Fit(history);
        var ols = new DemandTrainer(new DemandModelOptions { Estimator = DemandEstimator.LogLinearOls }).Fit(history);

        Assert.Equal(0, poisson.ZeroSalesDaysDropped);
        // Seed 22: Poisson -2.46 (SE 0.20); OLS without the 157 zero days -1.65, biased towards zero by 4 of its SEs.
        Assert.InRange(poisson.Elasticity, -2.5 - 2 * poisson.StandardError, -2.5 + 2 * poisson.StandardError);
        Assert.True(ols.Elasticity > -2.5 + 4 * ols.StandardError);
        Assert.Contains(PricingIssue.TooManyZeroSalesDays, new PriceOptimizer().Recommend(ols, new PricingRequest(10, 20)).Issues);
    }

    [Fact]
    public void PoissonEstimator_LevelIsUnitsOfAnAverageDay()
    {
        var truth = new DemandSimulationParameters
        {
            TrendPerYear = 0, WeeklyEffects = [0, 0, 0, 0, 0, 0, 0], YearlyAmplitude = 0, PromotionProbability = 0, BaseUnits = 50,
        };
        var model = new DemandTrainer(new DemandModelOptions { Estimator = DemandEstimator.PoissonPseudoLikelihood })
            .Fit(DemandSimulator.Simulate("p", truth, 4).History);
        Assert.Equal(50, model.Predict(20), 50 * 0.03);
        Assert.Equal(-2, model.Elasticity, 0.1);
    }
}
