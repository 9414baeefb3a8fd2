using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class MatrixFactorizationTests
{
    private const double Noise = 0.1;

    /// <summary>Ratings r = 3 + b(u) + b(i) + p(u) . q(i) + N(0, Noise) with rank-3 factors; 70% observed, a tenth of those held out.</summary>
    private static (List<Interaction> Train, List<Interaction> Test) LowRank(int seed, bool withFactors = true)
    {
        var random = new Random(seed);
        const int users = 80, items = 60, rank = 3;
        var p = new double[users, rank];
        var q = new double[items, rank];
        for (var u = 0; u < users; u++) for (var f = 0; f < rank; f++) p[u, f] = Normal(random) * 0.6;
        for (var i = 0; i < items; i++) for (var f = 0; f < rank; f++) q[i, f] = Normal(random) * 0.6;
        var bu = Enumerable.Range(0, users).Select(_ => Normal(random) * 0.3).ToArray();
        var bi = Enumerable.Range(0, items).Select(_ => Normal(random) * 0.3).ToArray();
        var train = new List<Interaction>();
        var test = new List<Interaction>();
        for (var u = 0; u < users; u++)
            for (var i = 0; i < items; i++)
            {
                if (random.NextDouble() > 0.7) continue;
                var r = 3 + bu[u] + bi[i] + Normal(random) * Noise;
                if (withFactors) for (var f = 0; f < rank; f++) r += p[u, f] * q[i, f];
                (random.NextDouble() < 0.1 ? test : train).Add(new($"u{u}", $"i{i}", r));
            }
        return (train, test);
    }

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    private static double Rmse(IRatingPredictor model, List<Interaction> test) =>
        Math.Sqrt(test.Average(x => Math.Pow(model.Predict(x.UserId, x.ItemId) - x.Value, 2)));

    [Fact]
    public void BiasedMf_RecoversALowRankMatrixOnHeldOutCells()
    {
        var (train, test) = LowRank(seed: 1);
        var model = new BiasedMfTrainer(new BiasedMfOptions { Factors = 3, Epochs = 300, LearningRate = 0.01, Regularization = 0.01, Seed = 3 })
            .Fit(InteractionMatrix.Build(train));

        var rmse = Rmse(model, test);
        var baseline = Rmse(new BaselineOnlyTrainer().Fit(InteractionMatrix.Build(train)), test);

        Assert.True(rmse < 2.5 * Noise, $"held-out RMSE {rmse:F3} should be near the noise level {Noise}");
        Assert.True(baseline > 3 * rmse, $"biases alone ({baseline:F3}) cannot explain the factors; MF got {rmse:F3}");
    }

    [Fact]
    public void SvdPlusPlus_RecoversALowRankMatrixOnHeldOutCells()
    {
        var (train, test) = LowRank(seed: 6);
        var model = new SvdPlusPlusTrainer(new BiasedMfOptions { Factors = 3, Epochs = 300, LearningRate = 0.01, Regularization = 0.01, Seed = 3 })
            .Fit(InteractionMatrix.Build(train));

        var rmse = Rmse(model, test);

        Assert.True(rmse < 2.5 * Noise, $"held-out RMSE {rmse:F3} should be near the noise level {Noise}");
    }

    [Fact]
    public void KnnBaseline_ImprovesOnBaselineOnlyWhenItemsShareTastes()
    {
        var (train, test) = LowRank(seed: 8);
        var m = InteractionMatrix.Build(train);

        var knn = Rmse(new KnnBaselineTrainer(new KnnBaselineOptions { Shrinkage = 10 }).Fit(m), test);
        var baseline = Rmse(new BaselineOnlyTrainer().Fit(m), test);

        Assert.True(knn < 0.8 * baseline, $"kNN-Baseline {knn:F3} vs BaselineOnly {baseline:F3}");
        Assert.Equal(new BaselineOnlyTrainer().Fit(m).Predict("nobody", "i1"), new KnnBaselineTrainer().Fit(m).Predict("nobody", "i1"), 12);
    }

    [Fact]
    public void BiasedMf_IsDeterministicForASeed()
    {
        var (train, _) = LowRank(seed: 2);
        var m = InteractionMatrix.Build(train);
        var options = new BiasedMfOptions { Factors = 4, Epochs = 5, Seed = 9 };

        Assert.Equal(new BiasedMfTrainer(options).Fit(m).Predict("u1", "i2"), new BiasedMfTrainer(options).Fit(m).Predict("u1", "i2"));
    }

    [Fact]
    public void BiasedMf_SavesAndLoadsTheSamePredictions()
    {
        var (train, _) = LowRank(seed: 4);
        var model = new BiasedMfTrainer(new BiasedMfOptions { Factors = 4, Epochs = 5 }).Fit(InteractionMatrix.Build(train));
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = BiasedMfModel.Load(stream);

        Assert.Equal(model.Predict("u3", "i7"), loaded.Predict("u3", "i7"));
        Assert.Throws<InvalidDataException>(() => BiasedMfModel.Load(new MemoryStream([1, 2, 3, 4, 5])));
    }

    [Fact]
    public void BaselineOnly_RecoversBiasesAndFallsBackToTheMeanForStrangers()
    {
        var (train, test) = LowRank(seed: 5, withFactors: false);
        var model = new BaselineOnlyTrainer().Fit(InteractionMatrix.Build(train));

        Assert.True(Rmse(model, test) < 2 * Noise, $"RMSE {Rmse(model, test):F3}");
        Assert.Equal(model.GlobalMean, model.Predict("nobody", "nothing"), 12);
    }

    [Fact]
    public void Trainers_RejectBadOptionsAndEmptyData()
    {
        var empty = InteractionMatrix.Build([]);
        Assert.Throws<ArgumentException>(() => new BiasedMfTrainer().Fit(empty));
        Assert.Throws<ArgumentException>(() => new BaselineOnlyTrainer().Fit(empty));
        var one = InteractionMatrix.Build([new("u", "i", 1)]);
        Assert.Throws<ArgumentException>(() => new BiasedMfTrainer(new BiasedMfOptions { Factors = 0 }).Fit(one));
        Assert.Throws<ArgumentException>(() => new ImplicitAlsTrainer(new ImplicitAlsOptions { Regularization = 0 }).Fit(one));
        Assert.Throws<ArgumentException>(() => new ImplicitAlsTrainer().Fit(InteractionMatrix.Build([new("u", "i", -1)])));
    }
}
