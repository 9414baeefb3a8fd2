using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Skills.Pricing;
using Xunit;

namespace ShopBot.Skills.Tests.PricingSkill;

public sealed class DemoPricingEvaluatorTests
{
    [Fact]
    public void Recovers_the_generated_elasticities_of_a_small_shop()
    {
        var report = DemoPricingEvaluator.Evaluate(new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, BrowsedProductsPerCustomer = 3 });

        Assert.Equal(20, report.Products);
        Assert.Equal(report.Products, report.Supported + report.Unsupported);
        // Two years of Poisson sales with +-15% price moves: SEs are about 0.1-0.3 on |e| of 1.3-3.5.
        Assert.InRange(report.ElasticityMape, 0.5, 15);
        foreach (var p in report.Details)
        {
            Assert.NotNull(p.Recovery.FittedElasticity);
            Assert.InRange(p.Recovery.FittedElasticity!.Value, p.Recovery.TrueElasticity - 5 * p.Recovery.StandardError!.Value, p.Recovery.TrueElasticity + 5 * p.Recovery.StandardError.Value);
            Assert.Equal(p.Recovery.RecommendedPrice is null, p.Recovery.PriceGap is null);
        }
        Assert.InRange(report.PriceGapMape, 0, 30);
    }

    [Fact]
    public void Same_seed_same_report()
    {
        var options = new DemoDataOptions { ProductCount = 20, CustomerCount = 10, OrderCount = 0, BrowsedProductsPerCustomer = 3, SalesDays = 120 };
        Assert.Equal(DemoPricingEvaluator.Evaluate(options).ElasticityMape, DemoPricingEvaluator.Evaluate(options).ElasticityMape);
    }

    [Fact]
    public void Bad_options_are_an_argument_exception()
    {
        Assert.Throws<ArgumentException>(() => DemoPricingEvaluator.Evaluate(new DemoDataOptions { ProductCount = 3 }));
    }
}
