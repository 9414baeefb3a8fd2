using System.Diagnostics;
using System.Globalization;
using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Benchmarks.Recommenders;

/// <summary>
/// MovieLens: 5-fold RMSE of BaselineOnly and biased MF beside the Surprise anchors (hyper-parameters tuned per fold on
/// a validation split of that fold's training part only), top-k against popularity on a per-user time split, and speed.
/// </summary>
public sealed class MovieLensBenchmark : IBenchmark
{
    public string Name => "movielens";

    public string Description => "recommenders on MovieLens ratings: 5-fold RMSE vs Surprise, top-k vs popularity, speed [--ratings csv] [--folds 5] [--no-tune]";

    public Task<int> RunAsync(string[] args)
    {
        var ratingsPath = Arg(args, "--ratings") ?? SharedData("recommendation/ratings.csv");
        var moviesPath = Arg(args, "--movies") ?? Path.Combine(Path.GetDirectoryName(ratingsPath)!, "movies.csv");
        var folds = int.Parse(Arg(args, "--folds") ?? "5", CultureInfo.InvariantCulture);
        var tune = !args.Contains("--no-tune");
        if (!File.Exists(ratingsPath))
        {
            Console.Error.WriteLine($"ratings file not found: {ratingsPath} (pass --ratings <csv>)");
            return Task.FromResult(2);
        }
        List<Interaction> data;
        using (var reader = File.OpenText(ratingsPath)) data = RatingsCsv.Read(reader);
        Console.WriteLine($"data: {ratingsPath} ({data.Count} ratings)");

        RatingPrediction(data, folds, tune);
        TopKRanking(data, tune);
        Speed(data, moviesPath);
        return Task.FromResult(0);
    }

    private static void RatingPrediction(List<Interaction> data, int folds, bool tune)
    {
        Console.WriteLine();
        Console.WriteLine($"== rating prediction, {folds}-fold CV (seed 42); each fold's test part is never seen in training or tuning");
        var fold = RecommenderEvaluator.AssignFolds(data.Count, folds, 42);
        var results = new Dictionary<string, List<double>> { ["BaselineOnly"] = [], ["BiasedMF"] = [], ["SVD++"] = [], ["kNN-Baseline"] = [] };
        var seconds = new List<double>();
        for (var f = 0; f < folds; f++)
        {
            var trainList = data.Where((_, k) => fold[k] != f).ToList();
            var test = data.Where((_, k) => fold[k] == f).ToList();
            var options = tune ? TuneMf(trainList, seed: 100 + f) : new RecommenderEvaluationOptions().Factorization;
            var train = InteractionMatrix.Build(trainList, DuplicateHandling.Last);
            var watch = Stopwatch.StartNew();
            var mf = new BiasedMfTrainer(options).Fit(train);
            seconds.Add(watch.Elapsed.TotalSeconds);
            var baseline = new BaselineOnlyTrainer().Fit(train);
            results["BaselineOnly"].Add(Rmse(baseline, test));
            results["BiasedMF"].Add(Rmse(mf, test));
            var svdpp = new SvdPlusPlusTrainer(options).Fit(train);
            results["SVD++"].Add(Rmse(svdpp, test));
            results["kNN-Baseline"].Add(Rmse(new KnnBaselineTrainer().Fit(train), test));
            Console.WriteLine($"fold {f + 1}: BaselineOnly {results["BaselineOnly"][^1]:F4}  BiasedMF {results["BiasedMF"][^1]:F4}  SVD++ {results["SVD++"][^1]:F4}  kNN-Baseline {results["kNN-Baseline"][^1]:F4}" +
                $"  (MF factors {options.Factors}, epochs {options.Epochs}, lr {options.LearningRate}, reg {options.Regularization}; fit {seconds[^1]:F2} s)");
        }
        Console.WriteLine($"{"model",-14} {"RMSE (ours)",12} {"anchor (Surprise, ML-100k)",28}");
        Console.WriteLine($"{"BaselineOnly",-14} {results["BaselineOnly"].Average(),12:F4} {"0.944",28}");
        Console.WriteLine($"{"BiasedMF",-14} {results["BiasedMF"].Average(),12:F4} {"SVD 0.934",28}");
        Console.WriteLine($"{"SVD++",-14} {results["SVD++"].Average(),12:F4} {"SVD++ 0.919",28}   (SVD++ uses the fold's tuned MF options)");
        Console.WriteLine($"{"kNN-Baseline",-14} {results["kNN-Baseline"].Average(),12:F4} {"kNN-Baseline 0.931",28}   (item-based, pearson-baseline, k 40, shrinkage 100; not tuned)");
        Console.WriteLine("goal: <= 0.92 (for ML-100k-sized data; compare gaps to BaselineOnly across data sets)");
    }

    /// <summary>Grid search on a 90/10 split of the training part only.</summary>
    private static BiasedMfOptions TuneMf(List<Interaction> train, int seed)
    {
        var valFold = RecommenderEvaluator.AssignFolds(train.Count, 10, seed);
        var fit = InteractionMatrix.Build(train.Where((_, k) => valFold[k] != 0), DuplicateHandling.Last);
        var validation = train.Where((_, k) => valFold[k] == 0).ToList();
        BiasedMfOptions? best = null;
        var bestRmse = double.PositiveInfinity;
        foreach (var factors in new[] { 50, 100 })
            foreach (var reg in new[] { 0.02, 0.05, 0.1 })
                foreach (var (lr, epochs) in new[] { (0.005, 20), (0.007, 30) })
                {
                    var options = new BiasedMfOptions { Factors = factors, Regularization = reg, LearningRate = lr, Epochs = epochs, Seed = 42 };
                    var rmse = Rmse(new BiasedMfTrainer(options).Fit(fit), validation);
                    if (rmse < bestRmse) (best, bestRmse) = (options, rmse);
                }
        return best!;
    }

    private static void TopKRanking(List<Interaction> data, bool tune)
    {
        Console.WriteLine();
        var options = new RecommenderEvaluationOptions();
        if (tune)
        {
            // Tune on the training part only: hold out the latest 20% of each user's *training* interactions.
            var outer = RecommenderEvaluator.HoldOutPerUser(data, 0.2, 42, out _);
            var train = data.Where((_, k) => !outer[k]).ToList();
            var bestP = -1.0;
            var verbose = Environment.GetEnvironmentVariable("RECO_VERBOSE") is not null;
            foreach (var (alpha, reg) in new[] { (2.0, 50.0), (5.0, 50.0) })
                foreach (var (cf, mf, pop) in new[] { (0.4, 0.4, 0.2), (0.3, 0.5, 0.2) })
                foreach (var halfLife in new[] { 0.0, 10.0 })
                foreach (var offset in new[] { 0.0, 2.0, 3.0 })
                {
                    var candidate = new RecommenderEvaluationOptions
                    {
                        Folds = 2,
                        RecencyHalfLife = halfLife,
                        StrengthOffset = offset,
                        TopKModel = new ImplicitAlsOptions { Factors = 48, Iterations = 10, Regularization = reg, Alpha = alpha },
                        TopKRanker = new HybridRankerOptions { CollaborativeWeight = cf, FactorizationWeight = mf, ContentWeight = 0, PopularityWeight = pop, DiversityLambda = 1 },
                    };
                    var report = new RecommenderEvaluator(candidate).EvaluateTopK(train);
                    if (verbose) Console.WriteLine($"  offset {offset} half-life {halfLife} alpha {alpha} reg {reg} cf {cf} mf {mf} pop {pop}: P@10 {report.Model.Precision:F4} (popularity {report.Popularity.Precision:F4})");
                    if (report.Model.Precision > bestP) (bestP, options) = (report.Model.Precision, candidate);
                }
            options.Folds = 5;
            Console.WriteLine($"tuned on the training part: ALS factors {options.TopKModel.Factors}, alpha {options.TopKModel.Alpha}, reg {options.TopKModel.Regularization}; " +
                $"weights kNN {options.TopKRanker.CollaborativeWeight}, ALS {options.TopKRanker.FactorizationWeight}, popularity {options.TopKRanker.PopularityWeight}; recency half-life {options.RecencyHalfLife}; strength offset {options.StrengthOffset} (validation P@10 {bestP:F4})");
        }
        var r = new RecommenderEvaluator(options).EvaluateTopK(data);
        Console.WriteLine($"== top-{options.TopK}: {r.Split}; {r.Users} users; the held-out part is never seen in training or tuning");
        Console.WriteLine($"{"metric",-14} {"hybrid (ours)",12} {"popularity",12} {"ratio",8}   goal: precision ratio >= 1.5");
        Line("precision@10", r.Model.Precision, r.Popularity.Precision);
        Line("recall@10", r.Model.Recall, r.Popularity.Recall);
        Line("ndcg@10", r.Model.Ndcg, r.Popularity.Ndcg);
        Line("coverage", r.Model.Coverage, r.Popularity.Coverage);

        static void Line(string name, double ours, double popularity) =>
            Console.WriteLine($"{name,-14} {ours,12:F4} {popularity,12:F4} {ours / popularity,8:F2}");
    }

    private static void Speed(List<Interaction> data, string moviesPath)
    {
        Console.WriteLine();
        Console.WriteLine($"== speed on all {data.Count} ratings (goal: train < 10 s, one shopper < 1 ms)");
        var matrix = InteractionMatrix.Build(data, DuplicateHandling.Last);
        var watch = Stopwatch.StartNew();
        new BiasedMfTrainer(new RecommenderEvaluationOptions().Factorization).Fit(matrix);
        Console.WriteLine($"biased MF (100 factors, 30 epochs) train: {watch.Elapsed.TotalSeconds:F2} s");
        watch.Restart();
        var als = new ImplicitAlsTrainer(new RecommenderEvaluationOptions().TopKModel).Fit(matrix);
        Console.WriteLine($"implicit ALS ({als.Factors} factors, 10 iterations) train: {watch.Elapsed.TotalSeconds:F2} s");

        var catalogue = Catalogue(matrix, moviesPath);
        watch.Restart();
        var hybrid = new HybridRecommenderTrainer(new HybridRecommenderOptions { Als = new RecommenderEvaluationOptions().TopKModel }).Fit(data, catalogue);
        Console.WriteLine($"hybrid (item kNN + ALS + TF-IDF + popularity) train: {watch.Elapsed.TotalSeconds:F2} s");

        var users = matrix.Users.Ids.Take(200).ToList();
        var scores = new double[matrix.ItemCount];
        var top = new int[10];
        foreach (var u in users) hybrid.Recommend(new RecommendationRequest(u, Count: 10)); // warm-up
        watch.Restart();
        for (var u = 0; u < matrix.UserCount; u++)
        {
            als.Score(u, scores);
            ShopBot.Skills.Learning.Recommenders.TopK.Select(scores, top, default);
        }
        Console.WriteLine($"ALS score + top-10, per shopper: {watch.Elapsed.TotalMilliseconds / matrix.UserCount:F3} ms");
        // Per shopper: the best of 3 calls (the machine is shared, so single calls include other processes' time slices).
        var times = new List<(double Ms, int History)>();
        foreach (var u in matrix.Users.Ids)
        {
            var best = double.PositiveInfinity;
            for (var r = 0; r < 3; r++)
            {
                var start = Stopwatch.GetTimestamp();
                hybrid.Recommend(new RecommendationRequest(u, Count: 10));
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times.Add((best, matrix.RowItems(matrix.Users.IndexOf(u)).Length));
        }
        Report("all shoppers", times.Select(t => t.Ms).ToList());
        Report("shoppers with <= 100 history items", times.Where(t => t.History <= 100).Select(t => t.Ms).ToList());

        static void Report(string who, List<double> ms)
        {
            ms.Sort();
            Console.WriteLine($"hybrid Recommend (constraints, MMR, reasons), {who} ({ms.Count}), best of 3: mean {ms.Average():F3} ms, " +
                $"median {ms[ms.Count / 2]:F3} ms, p95 {ms[(int)(ms.Count * 0.95)]:F3} ms");
        }
        var sample = hybrid.Recommend(new RecommendationRequest(users[0], Count: 3));
        foreach (var s in sample) Console.WriteLine($"  e.g. {s.Item.Name} ({s.Score:F2}): {s.Reason.Code} {string.Join(", ", s.Reason.Args.Select(a => a.Key + "=" + a.Value))}");
    }

    private static List<ItemInfo> Catalogue(InteractionMatrix matrix, string moviesPath)
    {
        var titles = new Dictionary<string, (string Title, string Genres)>();
        if (File.Exists(moviesPath))
        {
            using var reader = File.OpenText(moviesPath);
            foreach (var row in MovieRows(reader)) titles[row.Id] = (row.Title, row.Genres);
        }
        return [.. matrix.Items.Ids.Select(id =>
        {
            var (title, genres) = titles.GetValueOrDefault(id, ($"movie {id}", ""));
            var first = genres.Split('|')[0];
            return new ItemInfo(id, title, first, "", 0m, true, new Dictionary<string, string> { ["genres"] = genres.Replace('|', ' ') });
        })];
    }

    private static IEnumerable<(string Id, string Title, string Genres)> MovieRows(TextReader reader)
    {
        reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var first = line.IndexOf(',');
            var last = line.LastIndexOf(',');
            if (first < 0 || last <= first) continue;
            yield return (line[..first], line[(first + 1)..last].Trim('"'), line[(last + 1)..]);
        }
    }

    private static double Rmse(IRatingPredictor model, List<Interaction> test) =>
        Math.Sqrt(test.Average(x => Math.Pow(model.Predict(x.UserId, x.ItemId) - x.Value, 2)));

    private static string? Arg(string[] args, string name)
    {
        var k = Array.IndexOf(args, name);
        return k >= 0 && k + 1 < args.Length ? args[k + 1] : null;
    }

    private static string SharedData(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data", relative));
    }
}
