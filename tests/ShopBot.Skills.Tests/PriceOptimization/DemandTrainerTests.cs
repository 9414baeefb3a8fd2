using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Learning.PriceOptimization.Simulation;

namespace ShopBot.Skills.Tests.PriceOptimization;

public class DemandTrainerTests
{
    [Theory]
    [InlineData(DemandEstimator.LogLinearOls)]
    [InlineData(DemandEstimator.PoissonPseudoLikelihood)]
    public void Fit_RecoversElasticity_WithLogNormalNoise(DemandEstimator estimator)
    {
        var truth = new DemandSimulationParameters { Elasticity = -2.2, Noise = DemandNoise.LogNormal, LogNormalSigma = 0.1 };
        var product = DemandSimulator.Simulate("p", truth, seed: 11);

        var model = new DemandTrainer(new DemandModelOptions { Estimator = estimator }).Fit(product.History);

        Assert.Equal(DemandModelKind.ConstantElasticity, model.Kind);
        Assert.InRange(model.Elasticity, -2.2 - 3 * model.StandardError, -2.2 + 3 * model.StandardError);
        Assert.InRange(model.StandardError, 0.005, 0.05);
        Assert.True(model.PValue < 1e-6);
        Assert.True(model.RSquared > 0.8);
        Assert.Equal(730, model.Observations);
        Assert.False(model.IsPooled);
    }

    [Fact]
    public void Fit_LevelPredictsUnitsOfAnAverageDay()
    {
        // No trend, no weekly or yearly pattern and no promotions: D(p) = 100 * (p / 20)^-2 exactly (up to noise).
        var truth = new DemandSimulationParameters
        {
            TrendPerYear = 0, WeeklyEffects = [0, 0, 0, 0, 0, 0, 0], YearlyAmplitude = 0, PromotionProbability = 0,
            Noise = DemandNoise.LogNormal, LogNormalSigma = 0.05,
        };
        var model = new DemandTrainer().Fit(DemandSimulator.Simulate("p", truth, seed: 3).History);

        Assert.Equal(100, model.Predict(20), 100 * 0.03);
        Assert.Equal(25, model.Predict(40), 25 * 0.05);
    }

    [Fact]
    public void Fit_Linear_RecoversSlope()
    {
        // units = 300 - 6 * price + N(0, 5), prices 15..35.
        var random = new Random(5);
        var history = new List<DemandObservation>();
        var start = new DateOnly(2024, 1, 1);
        for (int day = 0; day < 400; day++)
        {
            double price = 15 + 20 * ((day / 10) % 7) / 6.0;
            double units = 300 - 6 * price + 5 * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);
            history.Add(new DemandObservation(start.AddDays(day), price, units, false));
        }

        var model = new DemandTrainer().Fit(history, DemandModelKind.Linear);

        Assert.Equal(-6, model.PriceCoefficient, 0.15);
        // Point elasticity at the geometric-mean price pg: -6 * pg / (300 - 6 * pg).
        double pg = model.ReferencePrice;
        Assert.Equal(-6 * pg / (300 - 6 * pg), model.Elasticity, 0.05);
        Assert.Equal(300 - 6 * 25, model.Predict(25), 3.0);
    }

    [Fact]
    public void Fit_LogLinearOls_DropsZeroSalesDays_AndCountsThem()
    {
        var truth = new DemandSimulationParameters { BaseUnits = 2, Elasticity = -2 };
        var product = DemandSimulator.Simulate("p", truth, seed: 9);
        int zeros = product.History.Count(o => o.Units == 0);

        var model = new DemandTrainer(new DemandModelOptions { Estimator = DemandEstimator.LogLinearOls }).Fit(product.History);

        Assert.True(zeros > 50);
        Assert.Equal(zeros, model.ZeroSalesDaysDropped);
        Assert.Equal(730 - zeros, model.Observations);
    }

    [Fact]
    public void FitWithCategoryFallback_PoolsWhenOwnPriceNeverMoves()
    {
        var category = new Dictionary<string, IReadOnlyList<DemandObservation>>();
        var varied = new DemandSimulationParameters { Elasticity = -2.5, Noise = DemandNoise.LogNormal, LogNormalSigma = 0.1 };
        category["a"] = DemandSimulator.Simulate("a", varied, 1).History;
        category["b"] = DemandSimulator.Simulate("b", varied with { BaseUnits = 40, BasePrice = 30 }, 2).History;
        category["flat"] = DemandSimulator.Simulate("flat", varied with { PriceSpread = 0, PromotionProbability = 0, BaseUnits = 60 }, 3).History;

        var trainer = new DemandTrainer();
        Assert.Throws<ArgumentException>(() => trainer.Fit(category["flat"]));
        var model = trainer.FitWithCategoryFallback("flat", category);

        Assert.True(model.IsPooled);
        Assert.Equal(0, model.PriceVariation, 10);
        Assert.Equal(-2.5, model.Elasticity, 0.1);
        // The flat product keeps its own level: 60 units at its own price of 20 on an average day, times the trend at
        // the last day, exp(0.1 * 729 / 365.25), and the mean weekly effect, exp(0.22 / 7) (the yearly terms average ~0).
        double expected = 60 * Math.Exp(0.1 * 729 / 365.25) * Math.Exp(0.22 / 7);
        Assert.Equal(expected, model.Predict(20), expected * 0.05);
        Assert.False(trainer.FitWithCategoryFallback("a", category).IsPooled);
    }

    [Fact]
    public void SaveLoad_RoundTripsTheModel()
    {
        var model = new DemandTrainer().Fit(DemandSimulator.Simulate("p", new DemandSimulationParameters(), 8).History);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = DemandModel.Load(stream);

        Assert.Equal(model, loaded);
        Assert.Equal(model.Predict(17.5), loaded.Predict(17.5));
        Assert.Throws<InvalidDataException>(() => DemandModel.Load(new MemoryStream("{\"Version\":99}"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => DemandModel.Load(new MemoryStream("not json"u8.ToArray())));
    }

    [Fact]
    public void Fit_RejectsBadInput()
    {
        var trainer = new DemandTrainer();
        var day = new DateOnly(2024, 1, 1);
        Assert.Throws<ArgumentException>(() => trainer.Fit([]));
        Assert.Throws<ArgumentException>(() => trainer.Fit([new DemandObservation(day, -1, 3, false)]));
        Assert.Throws<ArgumentException>(() => trainer.Fit([new DemandObservation(day, 1, double.NaN, false)]));
        Assert.Throws<ArgumentException>(() => trainer.Fit([new DemandObservation(day, 1, 1, false), new DemandObservation(day, 2, 1, false)]));
        Assert.Throws<ArgumentException>(() => trainer.FitWithCategoryFallback("missing", new Dictionary<string, IReadOnlyList<DemandObservation>>()));
        Assert.Throws<ArgumentException>(() => new DemandTrainer(new DemandModelOptions { FourierTerms = -1 }));
    }
}
