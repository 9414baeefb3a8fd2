using System.Diagnostics;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;

namespace ShopBot.Benchmarks.Nlu;

/// <summary>CLINC150: train on train.csv, tune the fallback by cross-validation on train (and, for comparison, the older weighted tuner on a held-out part of train), report on val.csv.</summary>
public sealed class Clinc150Benchmark : IBenchmark
{
    public string Name => "clinc150";

    public string Description => "CLINC150 in-scope accuracy and oos recall on val.csv (--train, --test, --classifier nb|lr|ensemble, --min-oos-recall, --holdout, --cv [--dump file], --skip-bigrams, --encoder none|minilm)";

    public Task<int> RunAsync(string[] args)
    {
        string trainPath = BenchmarkData.Flag(args, "--train") ?? BenchmarkData.SharedPath("intents", "clinc150", "train.csv");
        string testPath = BenchmarkData.Flag(args, "--test") ?? BenchmarkData.SharedPath("intents", "clinc150", "val.csv");
        string kind = BenchmarkData.Flag(args, "--classifier") ?? "ensemble";
        var train = LabeledDataLoader.Load(trainPath);
        var test = LabeledDataLoader.Load(testPath);
        var options = BenchmarkData.ClassifierOptions(args, kind);
        if (args.Contains("--skip-bigrams")) options = options with { Features = options.Features with { SkipBigrams = true } };
        var encoder = BenchmarkData.Encoder(args);
        if (encoder is not null)
        {
            var encoding = Stopwatch.StartNew();
            encoder.Encode(train.Select(t => t.Text).ToArray());
            Console.WriteLine($"Sentence encoder {encoder.Name}: {encoder.Count} distinct training utterances encoded in {encoding.Elapsed.TotalSeconds:F1} s (val.csv is encoded only when it is scored).");
            kind += "+" + encoder.Name;
        }
        if (args.Contains("--holdout")) return Task.FromResult(Holdout(train, options, kind, args.Contains("--drop-oos"), encoder));
        if (args.Contains("--cv")) return Task.FromResult(CrossValidation(train, options, kind, BenchmarkData.Flag(args, "--dump"), encoder));

        var labels = train.Select(t => t.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var (fit, held) = EnsembleTrainer.StratifiedSplit(train.Select(t => labels.IndexOf(t.Label)).ToArray(), labels.Count, 0.2, 11);
        var tuneModel = new IntentClassifierTrainer(options, encoder).Fit(fit.Select(i => train[i]).ToArray());
        double oosWeight = double.Parse(BenchmarkData.Flag(args, "--oos-weight") ?? "0.3", System.Globalization.CultureInfo.InvariantCulture);
        var (threshold, margin) = FallbackTuner.Tune(tuneModel, held.Select(i => train[i]).ToArray(), oosWeight);

        double minRecall = double.Parse(BenchmarkData.Flag(args, "--min-oos-recall") ?? "0.5", System.Globalization.CultureInfo.InvariantCulture);
        var folds = GoalFallbackTuner.CrossValidate(train, options, 5, encoder: encoder);
        var goal = GoalFallbackTuner.Choose(folds, minRecall);
        var pointGoal = GoalFallbackTuner.Choose(folds, minRecall, confidence: 0);

        var sw = Stopwatch.StartNew();
        var trainer = new IntentClassifierTrainer(options, encoder);
        var model = trainer.Fit(train);
        sw.Stop();
        if (trainer.HeadChoice is { } head)
            Console.WriteLine($"Encoder head: weight {head.Weight:F1}, temperature {head.Temperature:F2} (chosen on a held-out 20% of train.csv); the fit time below excludes encoding.");
        var report = NluEvaluator.Evaluate(model, test, threshold, margin);
        var goalReport = NluEvaluator.Evaluate(model, test, goal.Threshold, goal.Margin);
        var pointReport = NluEvaluator.Evaluate(model, test, pointGoal.Threshold, pointGoal.Margin);
        var raw = NluEvaluator.Evaluate(model, test, 0, 0);
        Console.WriteLine($"CLINC150 ({kind}); trained on {train.Count} utterances of {trainPath} in {sw.Elapsed.TotalSeconds:F1} s;");
        Console.WriteLine($"the model never saw {testPath} ({test.Count} utterances). Old weighted tuner on 20% of train (oos weight {oosWeight}): threshold {threshold:F2}, margin {margin:F2}.");
        Console.WriteLine($"Goal-shaped fallback tuned by 5-fold CV on train.csv (max in-scope accuracy with the {GoalFallbackTuner.DefaultConfidence:P0} lower bound of oos recall >= {minRecall:P0}): threshold {goal.Threshold:F2}, margin {goal.Margin:F2} (on the train folds: {goal.InScopeAccuracy * 100:F1} / {goal.OosRecall * 100:F1}).");
        Console.WriteLine($"The same with the folds' observed oos recall >= {minRecall:P0} (no bound): threshold {pointGoal.Threshold:F2}, margin {pointGoal.Margin:F2} (on the train folds: {pointGoal.InScopeAccuracy * 100:F1} / {pointGoal.OosRecall * 100:F1}).");
        Console.WriteLine($"{"method",-32} {"in-scope acc",12} {"oos recall",10}");
        Console.WriteLine($"{"ShopBot " + kind + " (CV goal, bound)",-32} {goalReport.InScopeAccuracy * 100,12:F1} {goalReport.OosRecall * 100,10:F1}");
        Console.WriteLine($"{"ShopBot " + kind + " (CV goal, no bound)",-32} {pointReport.InScopeAccuracy * 100,12:F1} {pointReport.OosRecall * 100,10:F1}");
        Console.WriteLine($"{"ShopBot " + kind + " (old weighted tuner)",-32} {report.InScopeAccuracy * 100,12:F1} {report.OosRecall * 100,10:F1}");
        Console.WriteLine($"{"ShopBot " + kind + " (no fallback)",-32} {raw.InScopeAccuracy * 100,12:F1} {raw.OosRecall * 100,10:F1}");
        foreach (var (name, acc, rec) in new[] { ("SVM (anchor)", 91.0, 14.5), ("Rasa (anchor)", 91.5, 45.3), ("MLP USE (anchor)", 93.5, 47.4), ("BERT (anchor)", 96.9, 40.3), ("goal", 93.5, 50.0) })
            Console.WriteLine($"{name,-32} {acc,12:F1} {rec,10:F1}");
        Console.WriteLine("Trade-off on val.csv by threshold (margin 0; for information only, not used to choose anything):");
        foreach (var t in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            var r = NluEvaluator.Evaluate(model, test, t, 0);
            Console.WriteLine($"  threshold {t:F1}: in-scope {r.InScopeAccuracy * 100:F1}, oos recall {r.OosRecall * 100:F1}");
        }
        return Task.FromResult(0);
    }

    /// <summary>
    /// Model selection without val.csv: 5-fold CV on train.csv; in-scope accuracy and oos recall of the out-of-fold
    /// predictions, raw and with the fallback chosen for oos recall >= 50%. With a dump file, one line per utterance
    /// (expected oos, top right, top and second probability) for paired comparisons of two settings.
    /// </summary>
    private static int CrossValidation(IReadOnlyList<LabeledUtterance> train, IntentClassifierOptions options, string kind, string? dump, ShopBot.Skills.Nlu.Embeddings.ISentenceEncoder? encoder)
    {
        var sw = Stopwatch.StartNew();
        var predictions = GoalFallbackTuner.CrossValidate(train, options, 5, encoder: encoder);
        double seconds = sw.Elapsed.TotalSeconds;
        int inScope = predictions.Count(p => !p.ExpectedOutOfScope), right = predictions.Count(p => !p.ExpectedOutOfScope && p.TopCorrect);
        int oos = predictions.Count(p => p.ExpectedOutOfScope), oosHit = predictions.Count(p => p.ExpectedOutOfScope && p.TopIsOutOfScope);
        var goal = GoalFallbackTuner.Choose(predictions, 0.5);
        var pointGoal = GoalFallbackTuner.Choose(predictions, 0.5, confidence: 0);
        if (dump is not null)
            File.WriteAllLines(dump, predictions.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(p.ExpectedOutOfScope ? 1 : 0)},{(p.TopCorrect ? 1 : 0)},{p.Top:R},{p.Second:R}")));
        Console.WriteLine($"5-fold CV on train.csv (val.csv unused) {kind}: in-scope {right * 100.0 / inScope:F2} ({right}/{inScope}), oos recall {oosHit * 100.0 / oos:F1}; "
            + $"fallback for oos >= 50 at {GoalFallbackTuner.DefaultConfidence:P0} confidence: threshold {goal.Threshold:F2} margin {goal.Margin:F2} -> {goal.InScopeAccuracy * 100:F2} / {goal.OosRecall * 100:F1}; "
            + $"without the bound: threshold {pointGoal.Threshold:F2} margin {pointGoal.Margin:F2} -> {pointGoal.InScopeAccuracy * 100:F2} / {pointGoal.OosRecall * 100:F1}; {seconds:F1} s for 5 fits");
        return 0;
    }

    /// <summary>Model selection without val.csv: train on a stratified 80% of train.csv (without its oos examples with --drop-oos), score the other 20% (no fallback).</summary>
    private static int Holdout(IReadOnlyList<LabeledUtterance> train, IntentClassifierOptions options, string kind, bool dropOos, ShopBot.Skills.Nlu.Embeddings.ISentenceEncoder? encoder)
    {
        var labels = train.Select(t => t.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var (fit, held) = EnsembleTrainer.StratifiedSplit(train.Select(t => labels.IndexOf(t.Label)).ToArray(), labels.Count, 0.2, 11);
        var sw = Stopwatch.StartNew();
        var model = new IntentClassifierTrainer(options, encoder).Fit(fit.Select(i => train[i]).Where(t => !dropOos || t.Label != RecognizerResult.OutOfScope && t.Label != "oos").ToArray());
        double seconds = sw.Elapsed.TotalSeconds;
        var report = NluEvaluator.Evaluate(model, held.Select(i => train[i]).ToArray(), 0, 0);
        Console.WriteLine($"holdout (20% of train.csv, val.csv unused) {kind}: in-scope {report.InScopeAccuracy * 100:F2}, oos recall {report.OosRecall * 100:F1}, fit {seconds:F1} s, {model.Featurizer.ColumnCount} features");
        return 0;
    }
}
