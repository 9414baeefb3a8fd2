using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Learning.PriceOptimization.Simulation;

namespace ShopBot.Skills.Tests.PriceOptimization;

/// <summary>Two years of Poisson sales simulated from known parameters; the fit must find them again.</summary>
public class RecoveryTests
{
    [Theory]
    [InlineData(-1.8, 10.0, 101, DemandEstimator.PoissonPseudoLikelihood)]
    [InlineData(-2.62, 10.0, 202, DemandEstimator.PoissonPseudoLikelihood)]
    [InlineData(-3.5, 25.0, 303, DemandEstimator.PoissonPseudoLikelihood)]
    [InlineData(-1.8, 10.0, 101, DemandEstimator.LogLinearOls)]
    [InlineData(-2.62, 10.0, 202, DemandEstimator.LogLinearOls)]
    [InlineData(-3.5, 25.0, 303, DemandEstimator.LogLinearOls)]
    public void FitAndRecommend_RecoverTrueElasticityAndOptimum(double elasticity, double cost, int seed, DemandEstimator estimator)
    {
        var truth = new DemandSimulationParameters
        {
            Elasticity = elasticity,
            UnitCost = cost,
            BasePrice = Math.Round(cost * elasticity / (1 + elasticity), 2),
            BaseUnits = 200,
            PriceSpread = 0.25,
        };
        var product = DemandSimulator.Simulate("p", truth, seed);

        var model = new DemandTrainer(new DemandModelOptions { Estimator = estimator }).Fit(product.History);
        var recommendation = new PriceOptimizer(new PricingOptions { MaximumChangePercent = null })
            .Recommend(model, new PricingRequest(cost, truth.BasePrice));

        Assert.InRange(Math.Abs(model.Elasticity - elasticity) / -elasticity, 0, 0.10);
        Assert.True(recommendation.Supported);
        Assert.InRange(Math.Abs(recommendation.RecommendedPrice!.Value - truth.TrueOptimalPrice) / truth.TrueOptimalPrice, 0, 0.02);
    }

    [Fact]
    public void ConfidenceRange_CoversTheTrueOptimum_AboutAsOftenAsItSays()
    {
        // 60 well-specified (log-normal noise) products: a 95% range should miss the truth about 3 times; allow up to 9.
        int covered = 0;
        for (int seed = 0; seed < 60; seed++)
        {
            var truth = new DemandSimulationParameters { Elasticity = -2.62, Noise = DemandNoise.LogNormal, LogNormalSigma = 0.3 };
            var model = new DemandTrainer().Fit(DemandSimulator.Simulate("p", truth, 1000 + seed).History);
            var recommendation = new PriceOptimizer(new PricingOptions { MaximumChangePercent = null }).Recommend(model, new PricingRequest(10, 20));
            if (recommendation.ConfidenceLow <= truth.TrueOptimalPrice && truth.TrueOptimalPrice <= recommendation.ConfidenceHigh) covered++;
        }
        Assert.InRange(covered, 51, 60);
    }

    [Fact]
    public void Fit_ElasticityIsNotSignificant_WhenPriceDoesNotMatter()
    {
        var truth = new DemandSimulationParameters { Elasticity = 0, BaseUnits = 50 };
        var model = new DemandTrainer().Fit(DemandSimulator.Simulate("p", truth, 17).History);
        var recommendation = new PriceOptimizer().Recommend(model, new PricingRequest(10, 20));

        Assert.False(recommendation.Supported);
        Assert.Contains(PricingIssue.InelasticDemand, recommendation.Issues);
        Assert.Null(recommendation.RecommendedPrice);
    }
}
