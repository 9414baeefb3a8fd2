using ShopBot.Skills.Learning.PriceOptimization;

namespace ShopBot.Skills.Tests.PriceOptimization;

public class PriceOptimizerTests
{
    private static DemandModel ConstantElasticity(double e, double level = 1000, double se = 0.05, double pValue = 1e-12, int n = 700, double variation = 0.1, bool pooled = false) =>
        new(DemandModelKind.ConstantElasticity, e, se, se, e / se, pValue, 0.9, n, n - 14, 0, variation, 20, level, pooled);

    private static PricingOptions Unconstrained(params double[] endings) => new() { MaximumChangePercent = null, PriceEndings = endings };

    [Fact]
    public void Recommend_LinearTextbookDemand_Gives50()
    {
        // D(p) = 100 - p, c = 0, F = 10 -> p* = 50, units 50, revenue 2500, profit 2490.
        var model = new DemandModel(DemandModelKind.Linear, -1, 0.01, 0.01, -100, 0, 0.9, 700, 690, 0, 0.2, 40, 100, false);
        var result = new PriceOptimizer(Unconstrained()).Recommend(model, new PricingRequest(0, 40, FixedCost: 10));

        Assert.True(result.Supported);
        Assert.Equal(50, result.RecommendedPrice!.Value, 6);
        Assert.Equal(50, result.Recommended!.Units, 6);
        Assert.Equal(2490, result.Recommended.Profit, 6);
        // At the current price 40: units 60, profit 40 * 60 - 10 = 2390 -> change +100, units change -10, revenue 2400 -> +100.
        Assert.Equal(100, result.ProfitChange!.Value, 6);
        Assert.Equal(-10, result.UnitsChange!.Value, 6);
        Assert.Equal(100, result.RevenueChange!.Value, 6);
    }

    [Fact]
    public void Recommend_ConstantElasticity_UsesClosedForm_AndConfidenceRange()
    {
        // e = -2.62 +/- 1.96 * 0.1: optimum 16.1728 (rounded to 16.17); range 10 * 2.816 / 1.816 = 15.5066 to 10 * 2.424 / 1.424 = 17.0225.
        var result = new PriceOptimizer(Unconstrained()).Recommend(ConstantElasticity(-2.62, se: 0.1), new PricingRequest(10, 15));

        Assert.Equal(16.17, result.RecommendedPrice!.Value, 9);
        Assert.Equal(16.1728, result.UnconstrainedOptimalPrice!.Value, 4);
        Assert.Equal(15.5066, result.ConfidenceLow!.Value, 4);
        Assert.Equal(17.0225, result.ConfidenceHigh!.Value, 4);
        Assert.Empty(result.BindingConstraints);
    }

    [Fact]
    public void Recommend_ConfidenceRangeIsOpenAbove_WhenUpperElasticityIsInelastic()
    {
        // e = -1.5, SE 0.3: upper limit -1.5 + 0.588 = -0.912 >= -1, no finite optimum there.
        var options = new PricingOptions { MaximumChangePercent = null, RequireBoundedConfidenceRange = false };
        var result = new PriceOptimizer(options).Recommend(ConstantElasticity(-1.5, se: 0.3), new PricingRequest(10, 25));
        Assert.True(result.Supported);
        Assert.Null(result.ConfidenceHigh);
        Assert.Equal(30, result.RecommendedPrice!.Value, 9);
    }

    [Fact]
    public void Recommend_RefusesByDefault_WhenTheConfidenceRangeReachesUnitElasticity()
    {
        // Same model: significant (t = -5) but e = -1 lies inside the 95% range, so the optimum is not pinned down.
        var result = new PriceOptimizer(Unconstrained()).Recommend(ConstantElasticity(-1.5, se: 0.3), new PricingRequest(10, 25));
        Assert.Equal([PricingIssue.OptimumUncertain], result.Issues);
        Assert.Null(result.RecommendedPrice);
        // SE 0.25: upper limit -1.5 + 0.49 = -1.01 < -1 -> supported.
        Assert.True(new PriceOptimizer(Unconstrained()).Recommend(ConstantElasticity(-1.5, se: 0.25), new PricingRequest(10, 25)).Supported);
    }

    [Fact]
    public void Recommend_ProjectsOntoMaximumChange()
    {
        // e = -2, c = 10 -> p* = 20; current 15 with at most 20% change -> [12, 18] -> 18.
        // Units A p^-2 with A = 1000: at 15 -> 4.4444, at 18 -> 3.0864; profit 5 * 4.4444 = 22.2222 -> 8 * 3.0864 = 24.6914.
        var options = new PricingOptions { MaximumChangePercent = 20 };
        var result = new PriceOptimizer(options).Recommend(ConstantElasticity(-2), new PricingRequest(10, 15));

        Assert.Equal(18, result.RecommendedPrice!.Value, 9);
        Assert.Equal(["maximum change"], result.BindingConstraints);
        Assert.Equal(24.6914 - 22.2222, result.ProfitChange!.Value, 3);
        Assert.Equal(3.0864 - 4.4444, result.UnitsChange!.Value, 3);
    }

    [Fact]
    public void Recommend_ProjectsOntoCompetitorAndMarginBounds()
    {
        var optimizer = new PriceOptimizer(Unconstrained());
        Assert.Equal(17, optimizer.Recommend(ConstantElasticity(-2), new PricingRequest(10, 15, CompetitorMaximum: 17)).RecommendedPrice!.Value, 9);
        Assert.Equal(22.5, optimizer.Recommend(ConstantElasticity(-2), new PricingRequest(10, 15, CompetitorMinimum: 22.5)).RecommendedPrice!.Value, 9);

        // A 60% minimum margin needs p >= 10 / (1 - 0.6) = 25.
        var margin = new PriceOptimizer(new PricingOptions { MaximumChangePercent = null, MinimumMarginPercent = 60 });
        var result = margin.Recommend(ConstantElasticity(-2), new PricingRequest(10, 15));
        Assert.Equal(25, result.RecommendedPrice!.Value, 9);
        Assert.Equal(["minimum margin"], result.BindingConstraints);
    }

    [Fact]
    public void Recommend_ReportsInfeasibleConstraints()
    {
        // Margin 50% needs p >= 20 but competitors cap at 12.
        var optimizer = new PriceOptimizer(new PricingOptions { MaximumChangePercent = null, MinimumMarginPercent = 50 });
        var result = optimizer.Recommend(ConstantElasticity(-2), new PricingRequest(10, 15, CompetitorMaximum: 12));
        Assert.False(result.Supported);
        Assert.Equal([PricingIssue.ConstraintsInfeasible], result.Issues);
        Assert.Null(result.RecommendedPrice);
    }

    [Fact]
    public void Recommend_PicksTheMostProfitableEnding()
    {
        // e = -2, c = 10: profit per A is (p - 10) / p^2. p* = 20.
        // 19.99 -> 9.99 / 399.6001 = 0.02500000; 20.49 -> 10.49 / 419.8401 = 0.02498570; 19.49 -> 9.49 / 379.8601 = 0.02498288;
        // 20.99 -> 0.02494339; 18.99, 18.49 lower still. 19.99 wins.
        var result = new PriceOptimizer(Unconstrained(0.99, 0.49)).Recommend(ConstantElasticity(-2), new PricingRequest(10, 20));
        Assert.Equal(19.99, result.RecommendedPrice!.Value, 9);
        Assert.Contains("price ending", result.BindingConstraints);

        // With a cap of 18 (20% above 15) 18.99 is out: 17.99 and 17.49 remain; (7.99 / 17.99^2 = 0.024688) > (7.49 / 17.49^2 = 0.024485).
        var capped = new PriceOptimizer(new PricingOptions { MaximumChangePercent = 20, PriceEndings = [0.99, 0.49] });
        Assert.Equal(17.99, capped.Recommend(ConstantElasticity(-2), new PricingRequest(10, 15)).RecommendedPrice!.Value, 9);
    }

    [Fact]
    public void Recommend_FallsBackToCents_WhenNoEndingFitsTheInterval()
    {
        // Competitors pin the price to [18.10, 18.40]: no .99 or .49 inside; p* = 20 projects to 18.40.
        var result = new PriceOptimizer(Unconstrained(0.99, 0.49))
            .Recommend(ConstantElasticity(-2), new PricingRequest(10, 18, CompetitorMinimum: 18.10, CompetitorMaximum: 18.40));
        Assert.Equal(18.40, result.RecommendedPrice!.Value, 9);
        Assert.Equal(["competitor maximum", "price ending unavailable"], result.BindingConstraints);
    }

    [Fact]
    public void Recommend_RefusesInelasticDemand()
    {
        var result = new PriceOptimizer().Recommend(ConstantElasticity(-0.8), new PricingRequest(10, 15));
        Assert.False(result.Supported);
        Assert.Contains(PricingIssue.InelasticDemand, result.Issues);
        Assert.Null(result.Recommended);
        Assert.Null(result.ConfidenceLow);
    }

    [Fact]
    public void Recommend_RefusesWeakEvidence()
    {
        var optimizer = new PriceOptimizer();
        var request = new PricingRequest(10, 15);
        Assert.Contains(PricingIssue.ElasticityNotSignificant, optimizer.Recommend(ConstantElasticity(-2, pValue: 0.2), request).Issues);
        Assert.Contains(PricingIssue.TooFewObservations, optimizer.Recommend(ConstantElasticity(-2, n: 30), request).Issues);
        Assert.Contains(PricingIssue.TooLittlePriceVariation, optimizer.Recommend(ConstantElasticity(-2, variation: 0.01), request).Issues);
        Assert.True(optimizer.Recommend(ConstantElasticity(-2, variation: 0.01, pooled: true), request).Supported);
        Assert.Equal([PricingIssue.MissingCost], optimizer.Recommend(ConstantElasticity(-2), new PricingRequest(double.NaN, 15)).Issues);
        var zeros = ConstantElasticity(-2) with { ZeroSalesDaysDropped = 300 };
        Assert.Contains(PricingIssue.TooManyZeroSalesDays, optimizer.Recommend(zeros, request).Issues);
    }

    [Fact]
    public void Recommend_LinearDemand_RefusesWhenNothingSellsAboveCost()
    {
        // D(p) = 100 - 10 p reaches zero at 10, the unit cost is 12.
        var model = new DemandModel(DemandModelKind.Linear, -10, 0.1, 0.1, -100, 0, 0.9, 700, 690, 0, 0.2, 5, 100, false);
        var result = new PriceOptimizer(Unconstrained()).Recommend(model, new PricingRequest(12, 8));
        Assert.Equal([PricingIssue.NoProfitablePrice], result.Issues);
    }

    [Fact]
    public void ProfitCurve_TabulatesProfitAcrossPrices()
    {
        // D(p) = 100 - p, c = 0, F = 10 at 10, 30, 50, 70, 90: p (100 - p) - 10 = 890, 2090, 2490, 2090, 890.
        var model = new DemandModel(DemandModelKind.Linear, -1, 0.01, 0.01, -100, 0, 0.9, 700, 690, 0, 0.2, 40, 100, false);
        var curve = PriceOptimizer.ProfitCurve(model, new PricingRequest(0, 40, FixedCost: 10), 10, 90, 5);
        Assert.Equal([890.0, 2090, 2490, 2090, 890], curve.Select(o => Math.Round(o.Profit, 9)));
        Assert.Throws<ArgumentException>(() => PriceOptimizer.ProfitCurve(model, new PricingRequest(0, 40), 0, 90));
    }

    [Fact]
    public void Recommend_RejectsBadRequests()
    {
        var optimizer = new PriceOptimizer();
        Assert.Throws<ArgumentException>(() => optimizer.Recommend(ConstantElasticity(-2), new PricingRequest(10, 0)));
        Assert.Throws<ArgumentException>(() => optimizer.Recommend(ConstantElasticity(-2), new PricingRequest(10, 15, FixedCost: -1)));
        Assert.Throws<ArgumentException>(() => new PriceOptimizer(new PricingOptions { PriceEndings = [1.5] }));
        Assert.Throws<ArgumentException>(() => new PriceOptimizer(new PricingOptions { MinimumMarginPercent = 100 }));
    }
}
