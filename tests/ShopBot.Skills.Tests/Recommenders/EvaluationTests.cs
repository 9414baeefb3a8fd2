using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class EvaluationTests
{
    [Fact]
    public void RankingMetrics_MatchHandComputedValues()
    {
        int[] recommended = [5, 1, 7, 2];
        var relevant = new HashSet<int> { 1, 2, 9 };

        Assert.Equal(2.0 / 4, RankingMetrics.PrecisionAtK(recommended, relevant, 4), 12);
        Assert.Equal(2.0 / 10, RankingMetrics.PrecisionAtK(recommended, relevant, 10), 12); // a short list is not rewarded
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAtK(recommended, relevant, 4), 12);
        // DCG = 1/log2(3) + 1/log2(5) = 0.63093 + 0.43068; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.13093.
        Assert.Equal((0.6309297535714574 + 0.43067655807339306) / 2.1309297535714574, RankingMetrics.NdcgAtK(recommended, relevant, 4), 12);
        Assert.Equal(1.0, RankingMetrics.NdcgAtK([1, 2, 9], relevant, 10), 12);
    }

    [Fact]
    public void AssignFolds_IsBalancedAndSeeded()
    {
        var folds = RecommenderEvaluator.AssignFolds(103, 5, seed: 1);

        Assert.All(Enumerable.Range(0, 5), f => Assert.InRange(folds.Count(x => x == f), 20, 21));
        Assert.Equal(folds, RecommenderEvaluator.AssignFolds(103, 5, seed: 1));
        Assert.NotEqual(folds, RecommenderEvaluator.AssignFolds(103, 5, seed: 2));
    }

    [Fact]
    public void HoldOut_TakesEachUsersLatestInteractions()
    {
        var data = Enumerable.Range(0, 10).Select(t => new Interaction("u", $"i{t}", 4, 1000 - t * 10)).ToList(); // i9 is the oldest... i0 the latest
        data.Add(new Interaction("v", "only", 5, 5));

        var held = RecommenderEvaluator.HoldOutPerUser(data, 0.2, seed: 1, out var byTime);

        Assert.True(byTime);
        Assert.Equal(["i0", "i1"], data.Where((_, k) => held[k]).Select(x => x.ItemId).Order());
        Assert.False(held[^1]); // a user with one interaction keeps it for training
    }

    [Fact]
    public void Evaluate_OnLowRankData_BeatsTheBaselinesAndReportsEverything()
    {
        var random = new Random(3);
        var data = new List<Interaction>();
        double[,] p = new double[60, 2], q = new double[40, 2];
        for (var u = 0; u < 60; u++) for (var f = 0; f < 2; f++) p[u, f] = random.NextDouble() * 2 - 1;
        for (var i = 0; i < 40; i++) for (var f = 0; f < 2; f++) q[i, f] = random.NextDouble() * 2 - 1;
        for (var u = 0; u < 60; u++)
            for (var i = 0; i < 40; i++)
                if (random.NextDouble() < 0.5)
                    data.Add(new($"u{u}", $"i{i}", Math.Clamp(3 + 1.5 * (p[u, 0] * q[i, 0] + p[u, 1] * q[i, 1]) * 2, 1, 5), u * 1000 + random.Next(1000)));
        var options = new RecommenderEvaluationOptions
        {
            Folds = 3,
            Factorization = new BiasedMfOptions { Factors = 4, Epochs = 60, LearningRate = 0.01, Regularization = 0.02 },
            TopKModel = new ImplicitAlsOptions { Factors = 4, Iterations = 5, Regularization = 1, Alpha = 1 },
        };

        var report = new RecommenderEvaluator(options).Evaluate(data);

        Assert.True(report.BiasedMfRmse < report.BaselineOnlyRmse, $"MF {report.BiasedMfRmse:F3} vs BaselineOnly {report.BaselineOnlyRmse:F3}");
        Assert.True(report.BaselineOnlyRmse < report.BaselineRmse + 1e-9);
        Assert.True(report.SvdPlusPlusRmse < report.BaselineOnlyRmse, $"SVD++ {report.SvdPlusPlusRmse:F3}");
        Assert.Equal(report.SvdPlusPlusRmse, report.Rmse); // the headline model by default
        Assert.InRange(report.PrecisionAtK, 0, 1);
        Assert.InRange(report.Coverage, report.BaselineCoverage, 1);
        Assert.Equal(60, report.Users);
        Assert.Contains("by timestamp", report.TopKSplit);
    }

    [Fact]
    public void EvaluateTopK_Implicit_CountsEveryHeldOutItemAndBeatsPopularityOnPlantedTastes()
    {
        // Two taste groups over disjoint item sets; the most popular items belong to group A, so popularity fails group B.
        var random = new Random(5);
        var data = new List<Interaction>();
        for (var u = 0; u < 40; u++)
        {
            var group = u < 25 ? "a" : "b";
            foreach (var i in Enumerable.Range(0, 12).OrderBy(_ => random.Next()).Take(8)) data.Add(new($"u{u}", $"{group}{i}", 1));
        }
        var options = new RecommenderEvaluationOptions { Implicit = true, TopK = 3, TopKModel = new ImplicitAlsOptions { Factors = 4, Iterations = 5, Regularization = 1, Alpha = 5 } };

        var report = new RecommenderEvaluator(options).EvaluateTopK(data);

        Assert.Equal(40, report.Users); // every user has held-out items, all relevant (values are 1, below the rating threshold)
        Assert.Contains("no timestamps", report.Split);
        Assert.True(report.Model.Precision > report.Popularity.Precision, $"{report.Model.Precision:F3} vs {report.Popularity.Precision:F3}");
    }

    [Fact]
    public void Evaluate_RejectsTooLittleData()
    {
        Assert.Throws<ArgumentException>(() => new RecommenderEvaluator().Evaluate([new("u", "i", 1)]));
        Assert.Throws<ArgumentException>(() => new RecommenderEvaluator(new RecommenderEvaluationOptions { Folds = 1 }).Evaluate([]));
    }

    [Fact]
    public void RatingsCsv_ReadsQuotedFieldsHeadersAndOptionalTimestamps()
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "TestData", "Recommenders", "tiny-ratings.csv"));

        var rows = RatingsCsv.Read(reader);

        Assert.Equal(4, rows.Count);
        Assert.Equal(new Interaction("u1", "lamp, desk", 4.5, 100), rows[0]);
        Assert.Equal(new Interaction("u3", "chair", 1, null), rows[3]);
    }

    [Fact]
    public void RatingsCsv_DetectsTabSeparatedFiles()
    {
        var rows = RatingsCsv.Read(new StringReader("196\t242\t3\t881250949\n186\t302\t3\t891717742\n"));

        Assert.Equal([new Interaction("196", "242", 3, 881250949), new Interaction("186", "302", 3, 891717742)], rows);
    }

    [Fact]
    public void RatingsCsv_NamesTheBadLine()
    {
        var e = Assert.Throws<FormatException>(() => RatingsCsv.Read(new StringReader("1,2,3\n1,2,x\n")));
        Assert.Contains("line 2", e.Message);
        Assert.Throws<FormatException>(() => RatingsCsv.Read(new StringReader("1,2\n")));
    }
}
