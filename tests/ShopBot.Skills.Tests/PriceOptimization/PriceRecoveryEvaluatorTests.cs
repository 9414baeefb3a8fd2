using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Learning.PriceOptimization.Simulation;

namespace ShopBot.Skills.Tests.PriceOptimization;

public class PriceRecoveryEvaluatorTests
{
    [Fact]
    public void Evaluate_ReportsPerProductAndAggregateErrors()
    {
        var random = new Random(7);
        var cases = new List<PriceRecoveryCase>();
        for (int i = 0; i < 5; i++)
        {
            var truth = DemandSimulator.RandomParameters(random, -3.5, -2.0);
            var product = DemandSimulator.Simulate($"p{i}", truth, random.Next());
            cases.Add(new PriceRecoveryCase(product.Id, product.History, truth.Elasticity, truth.UnitCost));
        }
        // A product whose price never moves cannot be fitted: reported with the reason, not thrown.
        var flat = DemandSimulator.Simulate("flat", new DemandSimulationParameters { PriceSpread = 0, PromotionProbability = 0 }, 1);
        cases.Add(new PriceRecoveryCase("flat", flat.History, -2, 10));

        var report = new PriceRecoveryEvaluator().Evaluate(cases);

        Assert.Equal(6, report.Products.Count);
        Assert.Equal(5, report.Supported);
        Assert.Null(report.Products[5].FittedElasticity);
        Assert.NotEmpty(report.Products[5].Issues);
        Assert.InRange(report.ElasticityMape, 0, 10);
        Assert.InRange(report.PriceGapMape, 0, 2);
        double mean = 100 * report.Products.Take(5).Average(p => p.ElasticityError!.Value);
        Assert.Equal(mean, report.ElasticityMape, 9);
    }

    [Fact]
    public void The_stated_optimal_price_ranges_are_calibrated_on_simulated_products()
    {
        // 40 products with known parameters: a 95% range should contain the true optimum about 95% of the time
        // (binomial SD about 3.4 points at n = 40, so 85% is a generous lower bound that still fails a range that is
        // too narrow, e.g. the point estimate alone).
        var random = new Random(11);
        var cases = new List<PriceRecoveryCase>();
        for (int i = 0; i < 40; i++)
        {
            var truth = DemandSimulator.RandomParameters(random, -3.5, -1.5);
            var product = DemandSimulator.Simulate($"p{i}", truth, random.Next());
            cases.Add(new PriceRecoveryCase(product.Id, product.History, truth.Elasticity, truth.UnitCost));
        }

        var report = new PriceRecoveryEvaluator().Evaluate(cases);

        Assert.InRange(report.OptimumCoverage, 0.85, 1.0);
        foreach (var p in report.Products.Where(p => p.RecommendedPrice is not null))
        {
            Assert.NotNull(p.ConfidenceLow);
            Assert.True(p.ConfidenceLow <= p.RecommendedPrice, $"{p.ProductId}: range starts above the recommendation");
            Assert.True(p.ConfidenceHigh is null || p.ConfidenceHigh >= p.RecommendedPrice, $"{p.ProductId}: range ends below the recommendation");
        }
    }

    [Theory]
    [InlineData(9.9, 10.1, 10.0, true, true)]
    [InlineData(9.9, 10.1, 10.3, false, true)]
    [InlineData(9.0, 11.0, 10.0, true, false)]
    [InlineData(9.9, null, 10.0, true, false)]
    public void Range_flags_follow_their_definitions(double low, double? high, double truth, bool covers, bool pinned)
    {
        var p = new ProductRecovery("p", -2, -2, 0.1, 0.1, truth, 10.0, 0, Math.Abs(10.0 - truth) / truth, [], false, low, high);
        Assert.Equal(covers, p.RangeCoversTruth);
        Assert.Equal(pinned, p.PinnedToTwoPercent);
    }
}
