using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ShopBot.Skills.Learning.Recommenders;
using Spectre.Console;

namespace ShopBot.Cli;

/// <summary>
/// <c>recommend eval --ratings file.csv [--folds 5] [--json out.json]</c>: evaluates the recommenders on any
/// <c>user,item,rating[,timestamp]</c> file, beside a popularity baseline run in the same command;
/// <c>recommend train</c> (see <see cref="RecommendTrainCommand"/>) trains the shop's own recommender.
/// </summary>
public sealed class RecommendCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var ratings = new Option<FileInfo>("--ratings") { Description = "CSV of user,item,rating[,timestamp] (a header line is detected)", Required = true };
        var folds = new Option<int>("--folds") { Description = "folds of the rating-prediction cross-validation", DefaultValueFactory = _ => 5 };
        var json = new Option<FileInfo?>("--json") { Description = "also write the metrics as JSON to this path" };
        var isImplicit = new Option<bool>("--implicit") { Description = "values are implicit strengths: every held-out item is relevant" };
        var eval = new Command("eval", "RMSE/MAE (k-fold), precision/recall/NDCG@10 and coverage (time split) beside a popularity baseline");
        eval.Options.Add(ratings);
        eval.Options.Add(folds);
        eval.Options.Add(json);
        eval.Options.Add(isImplicit);
        eval.SetAction(async (ParseResult pr, CancellationToken ct) =>
            await EvaluateAsync(pr.GetValue(ratings)!, pr.GetValue(folds), pr.GetValue(json), pr.GetValue(isImplicit), ct));
        var command = new Command("recommend", "Product recommendation models");
        command.Subcommands.Add(eval);
        command.Subcommands.Add(RecommendTrainCommand.Build());
        return command;
    }

    private static async Task<int> EvaluateAsync(FileInfo ratings, int folds, FileInfo? json, bool isImplicit, CancellationToken ct)
    {
        if (!ratings.Exists)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]ratings file not found:[/] {ratings.FullName}");
            return 2;
        }
        RecommenderEvaluationReport report;
        try
        {
            List<Interaction> data;
            using (var reader = ratings.OpenText()) data = RatingsCsv.Read(reader);
            ct.ThrowIfCancellationRequested();
            report = new RecommenderEvaluator(new RecommenderEvaluationOptions { Folds = folds, Implicit = isImplicit }).Evaluate(data);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]cannot evaluate {ratings.Name}:[/] {e.Message}");
            return 2;
        }

        Print(report);
        if (isImplicit) AnsiConsole.MarkupLine("[grey]--implicit: the values are strengths, so the rating-prediction errors above say little; read the top-k table.[/]");
        if (json is not null)
        {
            await File.WriteAllTextAsync(json.FullName, JsonSerializer.Serialize(Metrics(report), new JsonSerializerOptions { WriteIndented = true }), ct);
            AnsiConsole.MarkupLineInterpolated($"metrics written to {json.FullName}");
        }
        return 0;
    }

    /// <summary>
    /// The JSON keys: the model's (rmse/mae = SVD++, the headline explicit model), the popularity baseline's with a
    /// <c>baseline_</c> prefix, Surprise-style BaselineOnly, and both MF variants by name.
    /// </summary>
    internal static Dictionary<string, double> Metrics(RecommenderEvaluationReport r) => new()
    {
        ["rmse"] = r.Rmse,
        ["mae"] = r.Mae,
        ["precision_at_10"] = r.PrecisionAtK,
        ["recall_at_10"] = r.RecallAtK,
        ["ndcg_at_10"] = r.NdcgAtK,
        ["coverage"] = r.Coverage,
        ["baseline_rmse"] = r.BaselineRmse,
        ["baseline_mae"] = r.BaselineMae,
        ["baseline_precision_at_10"] = r.BaselinePrecisionAtK,
        ["baseline_recall_at_10"] = r.BaselineRecallAtK,
        ["baseline_ndcg_at_10"] = r.BaselineNdcgAtK,
        ["baseline_coverage"] = r.BaselineCoverage,
        ["baseline_only_rmse"] = r.BaselineOnlyRmse,
        ["baseline_only_mae"] = r.BaselineOnlyMae,
        ["biased_mf_rmse"] = r.BiasedMfRmse,
        ["biased_mf_mae"] = r.BiasedMfMae,
        ["svdpp_rmse"] = r.SvdPlusPlusRmse,
        ["svdpp_mae"] = r.SvdPlusPlusMae,
    };

    private static void Print(RecommenderEvaluationReport r)
    {
        AnsiConsole.MarkupLineInterpolated($"{r.Ratings} ratings, {r.Users} users, {r.Items} items");
        var rating = new Table().AddColumns("rating prediction", $"RMSE ({r.Folds}-fold)", "MAE");
        rating.AddRow($"SVD++{(r.ExplicitModel == "SVD++" ? " (rmse)" : "")}", F(r.SvdPlusPlusRmse), F(r.SvdPlusPlusMae));
        rating.AddRow($"biased MF{(r.ExplicitModel == "biased MF" ? " (rmse)" : "")}", F(r.BiasedMfRmse), F(r.BiasedMfMae));
        rating.AddRow("BaselineOnly", F(r.BaselineOnlyRmse), F(r.BaselineOnlyMae));
        rating.AddRow("baseline: item mean", F(r.BaselineRmse), F(r.BaselineMae));
        AnsiConsole.Write(rating);
        var topK = new Table().AddColumns($"top-{r.TopK} ({r.TopKUsers} users)", "precision", "recall", "NDCG", "coverage");
        topK.AddRow("hybrid (kNN + ALS + popularity)", F(r.PrecisionAtK), F(r.RecallAtK), F(r.NdcgAtK), F(r.Coverage));
        topK.AddRow("baseline: popularity", F(r.BaselinePrecisionAtK), F(r.BaselineRecallAtK), F(r.BaselineNdcgAtK), F(r.BaselineCoverage));
        AnsiConsole.Write(topK);
        AnsiConsole.MarkupLineInterpolated($"split: {r.TopKSplit}");
    }

    private static string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
}
