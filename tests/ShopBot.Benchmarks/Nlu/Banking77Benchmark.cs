using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Lu;

namespace ShopBot.Benchmarks.Nlu;

/// <summary>BANKING77: stratified 5-fold cross-validation on the train split (no fallback: every example is in scope).</summary>
public sealed class Banking77Benchmark : IBenchmark
{
    public string Name => "banking77";

    public string Description => "BANKING77 5-fold CV accuracy on train.csv (--data, --classifier nb|lr|ensemble, --folds, --skip-bigrams, --encoder none|minilm)";

    public Task<int> RunAsync(string[] args)
    {
        string path = BenchmarkData.Flag(args, "--data") ?? BenchmarkData.SharedPath("intents", "banking77", "train.csv");
        string kind = BenchmarkData.Flag(args, "--classifier") ?? "ensemble";
        int folds = int.Parse(BenchmarkData.Flag(args, "--folds") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
        var data = LabeledDataLoader.Load(path);
        var started = TimeProvider.System.GetTimestamp();
        var options = BenchmarkData.ClassifierOptions(args, kind);
        if (args.Contains("--skip-bigrams")) options = options with { Features = options.Features with { SkipBigrams = true } };
        var encoder = BenchmarkData.Encoder(args);
        if (encoder is not null) kind += "+" + encoder.Name;
        var report = CrossValidator.Run(data, folds, options, 0, 0, encoder: encoder);
        Console.WriteLine($"BANKING77 ({kind}), {folds}-fold CV on {data.Count} utterances of {path}; each fold is scored by a model that never saw it ({TimeProvider.System.GetElapsedTime(started).TotalSeconds:F0} s).");
        Console.WriteLine($"{"method",-32} {"accuracy",9} {"macro F1",9}");
        Console.WriteLine($"{"ShopBot " + kind,-32} {report.Accuracy * 100,9:F2} {report.MacroF1 * 100,9:F2}");
        Console.WriteLine($"{"TF-IDF + LR (anchor, test split)",-32} {89.0,9:F2}");
        Console.WriteLine($"{"BERT (anchor, test split)",-32} {93.66,9:F2}");
        Console.WriteLine($"{"goal",-32} {90.0,9:F2}");
        return Task.FromResult(0);
    }
}
