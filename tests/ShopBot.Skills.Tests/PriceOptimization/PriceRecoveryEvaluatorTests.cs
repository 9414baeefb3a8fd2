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
}
