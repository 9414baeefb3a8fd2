using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Learning.PriceOptimization.Simulation;

namespace ShopBot.Skills.Tests.PricingRecovery;

public class PooledRecoveryTests
{
    [Fact]
    public void Evaluate_PoolsOnlyTheProductWhosePriceBarelyMoved()
    {
        // Three products of one category share e = -2.5; "still" moves its price by at most 1% (log-price SD well below
        // 0.03) and never runs a promotion, so its own data cannot identify e and the category's pooled fit is used.
        var moving = new DemandSimulationParameters { Elasticity = -2.5, BaseUnits = 40, PriceSpread = 0.15 };
        var still = moving with { PriceSpread = 0.01, PromotionProbability = 0, BaseUnits = 60 };
        var a = DemandSimulator.Simulate("a", moving, 11);
        var b = DemandSimulator.Simulate("b", moving with { BaseUnits = 25 }, 12);
        var s = DemandSimulator.Simulate("still", still, 13);
        Assert.True(DemandTrainer.LogPriceStandardDeviation(s.History) < 0.03);
        var cases = new[]
        {
            new PriceRecoveryCase("a", a.History, -2.5, 10, "Office"),
            new PriceRecoveryCase("b", b.History, -2.5, 10, "Office"),
            new PriceRecoveryCase("still", s.History, -2.5, 10, "Office"),
            new PriceRecoveryCase("alone", s.History, -2.5, 10),
        };

        var report = new PriceRecoveryEvaluator().Evaluate(cases);

        Assert.False(report.Products[0].Pooled);
        Assert.False(report.Products[1].Pooled);
        var pooled = report.Products[2];
        Assert.True(pooled.Pooled);
        Assert.InRange(pooled.FittedElasticity!.Value, -2.7, -2.3);
        Assert.NotNull(pooled.RecommendedPrice);
        // Without a category the same history gets its own (unidentified) fit and no price.
        var alone = report.Products[3];
        Assert.False(alone.Pooled);
        Assert.Null(alone.RecommendedPrice);
        Assert.NotEmpty(alone.Issues);
    }
}
