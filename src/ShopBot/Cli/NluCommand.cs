using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;
using Spectre.Console;

namespace ShopBot.Cli;

/// <summary><c>nlu train</c>, <c>nlu parse</c>, <c>nlu eval</c> and <c>nlu cross-validate</c>: train the NLU, read one message with it and measure it on labelled files.</summary>
public sealed class NluCommand : ICliCommand
{
    /// <summary>Exit code when a <c>--min-*</c> requirement is not met.</summary>
    public const int BelowMinimum = 3;

    public Command Build()
    {
        var nlu = new Command("nlu", "Train and evaluate the intent classifier and sentiment model.");
        nlu.Subcommands.Add(BuildTrain());
        nlu.Subcommands.Add(BuildParse());
        nlu.Subcommands.Add(BuildEval());
        nlu.Subcommands.Add(BuildCrossValidate());
        nlu.Subcommands.Add(BuildWordVectors());
        return nlu;
    }

    private static Option<string> DialogsOption() =>
        new("--dialogs") { Description = "dialogs folder (intents/*.lu, sentiment/*.csv, entities/)", DefaultValueFactory = _ => CliConfiguration.Load().DialogsDirectory };

    private static Option<string> CacheOption() => new("--cache") { Description = "model cache folder", DefaultValueFactory = _ => CliConfiguration.Load().CacheDirectory };

    private static Option<string> ClassifierOption() => new("--classifier") { Description = "nb, lr or ensemble", DefaultValueFactory = _ => "ensemble" };

    private static Option<string> EncoderOption() => new("--encoder")
    {
        Description = $"sentence encoder mixed into the models: {string.Join(" or ", SentenceEncoders.Names)} (default: ShopBot:Nlu:Encoder, else static)",
        DefaultValueFactory = _ => CliConfiguration.Load().Configuration[$"{NluOptions.SectionName}:Encoder"] ?? new NluOptions().Encoder,
    };

    /// <summary>The named encoder wrapped so that repeated fits (folds) encode each text once; null for none.</summary>
    private static MemoizingSentenceEncoder? TrainingEncoder(string name) =>
        SentenceEncoders.Create(name) is { } encoder ? new MemoizingSentenceEncoder(encoder) : null;

    private static Option<double> ThresholdOption() => new("--threshold") { Description = "fallback threshold", DefaultValueFactory = _ => new NluOptions().Threshold };

    private static Option<double> MarginOption() => new("--margin") { Description = "fallback margin", DefaultValueFactory = _ => new NluOptions().Margin };

    private static Command BuildTrain()
    {
        var dialogs = DialogsOption();
        var cache = CacheOption();
        var classifier = ClassifierOption();
        var encoder = EncoderOption();
        var cmd = new Command("train", "Train (or load from cache) the intent and sentiment models.");
        cmd.Options.Add(dialogs);
        cmd.Options.Add(cache);
        cmd.Options.Add(classifier);
        cmd.Options.Add(encoder);
        cmd.SetAction((ParseResult pr, CancellationToken ct) => Guard(() =>
        {
            var options = new NluOptions { Classifier = pr.GetValue(classifier)!, Encoder = pr.GetValue(encoder)! };
            var started = TimeProvider.System.GetTimestamp();
            using var models = NluModels.LoadOrTrain(pr.GetValue(dialogs)!, pr.GetValue(cache)!, options, NullLogger.Instance);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            var top = models.Intents.Classify("where is my order")[0];
            AnsiConsole.MarkupLine($"[green]NLU ready[/] in {elapsed.TotalSeconds:F1} s; cache {Markup.Escape(pr.GetValue(cache)!)}");
            AnsiConsole.MarkupLine($"'where is my order' -> {Markup.Escape(top.Name)} ({top.Confidence:F2})");
            return 0;
        }));
        return cmd;
    }

    private static Command BuildParse()
    {
        var text = new Option<string>("--text") { Description = "the message", Required = true };
        var dialogs = DialogsOption();
        var cache = CacheOption();
        var encoder = EncoderOption();
        var cmd = new Command("parse", "Print what the NLU reads in one message, as POST /api/nlu/parse answers it (the models come from the cache, or are trained).");
        cmd.Options.Add(text);
        cmd.Options.Add(dialogs);
        cmd.Options.Add(cache);
        cmd.Options.Add(encoder);
        cmd.SetAction((ParseResult pr, CancellationToken ct) => Guard(() =>
        {
            string message = pr.GetValue(text)!;
            if (!Nlu.NluParseEndpoint.IsParsable(message, "--text", out var problem)) throw new ArgumentException(problem);
            // The host's settings (threshold, margin, classifier) from appsettings.json; the encoder as chosen.
            var options = CliConfiguration.Load().Configuration.GetSection(NluOptions.SectionName).Get<NluOptions>() ?? new NluOptions();
            options.Encoder = pr.GetValue(encoder)!;
            options.Validate();
            string folder = pr.GetValue(dialogs)!;
            using var models = NluModels.LoadOrTrain(folder, pr.GetValue(cache)!, options, NullLogger.Instance);
            var entityFolder = Path.Combine(folder, "entities");
            var entities = ShopBot.Skills.Nlu.Entities.EntityRecognizerSet.CreateDefault(new ShopBot.Skills.Nlu.Entities.Shop.EntityOptions { ListEntitiesDirectory = Directory.Exists(entityFolder) ? entityFolder : null });
            var recognizer = new NluRecognizer(models.Intents, models.Sentiment, [entities], options, TimeProvider.System);
            var result = recognizer.Recognize(message, null, TimeProvider.System.GetUtcNow().UtcDateTime);
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(Nlu.NluParseEndpoint.Describe(result), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }));
        return cmd;
    }

    private static Command BuildWordVectors()
    {
        var output = new Option<string>("--out") { Description = "file to write (the shipped table is src/ShopBot.Skills/Nlu/Embeddings/minilm-word-vectors.bin)", Required = true };
        var dimension = new Option<int>("--dimension") { Description = "principal components kept", DefaultValueFactory = _ => WordVectorBuilder.DefaultDimension };
        var cmd = new Command("word-vectors", "Build the static word vector table (the 'static' encoder) from the MiniLM sentence encoder: each vocabulary token encoded alone, then PCA.");
        cmd.Options.Add(output);
        cmd.Options.Add(dimension);
        cmd.SetAction((ParseResult pr, CancellationToken ct) => Guard(() =>
        {
            var tokens = WordVectorBuilder.MiniLmVocabulary();
            using var encoder = new PackagedSentenceEncoder(PackagedSentenceEncoder.MiniLm);
            var started = TimeProvider.System.GetTimestamp();
            WordVectorTable table = null!;
            AnsiConsole.Progress().Start(progress =>
            {
                var task = progress.AddTask($"encoding {tokens.Count} tokens", maxValue: tokens.Count);
                table = WordVectorBuilder.Build("all-MiniLM-L6-v2", tokens, texts => encoder.Encode(texts, ct), pr.GetValue(dimension),
                    new Progress<int>(n => task.Value = n), ct);
            });
            string path = pr.GetValue(output)!;
            using (var file = File.Create(path)) table.Write(file);
            using (var file = File.OpenRead(path)) table = WordVectorTable.Read(file);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            AnsiConsole.MarkupLine($"[green]{table.Count}[/] tokens x {table.Dimension} dimensions (fingerprint {table.Fingerprint}) written to {Markup.Escape(path)} in {elapsed.TotalSeconds:F1} s");
            return 0;
        }));
        return cmd;
    }

    private static Command BuildEval()
    {
        var train = new Option<string>("--train") { Description = "training file (.lu or CSV text,intent)", Required = true };
        var test = new Option<string>("--test") { Description = "test file (.lu or CSV text,intent; 'oos' = out_of_scope)", Required = true };
        var report = new ReportOptions();
        var classifier = ClassifierOption();
        var encoder = EncoderOption();
        var threshold = ThresholdOption();
        var margin = MarginOption();
        var cmd = new Command("eval", "Train on one labelled file and evaluate on another.");
        foreach (var o in new Option[] { train, test, classifier, encoder, threshold, margin }) cmd.Options.Add(o);
        report.AddTo(cmd);
        cmd.SetAction((ParseResult pr, CancellationToken ct) => Guard(() =>
        {
            var trainData = LabeledDataLoader.Load(pr.GetValue(train)!);
            var testData = LabeledDataLoader.Load(pr.GetValue(test)!);
            var options = new IntentClassifierOptions { Classifier = pr.GetValue(classifier)! };
            var sentenceEncoder = SentenceEncoders.Create(pr.GetValue(encoder)!);
            using var owned = sentenceEncoder as IDisposable;
            EvaluationReport? result = null;
            AnsiConsole.Progress().Start(ctx =>
            {
                var fit = ctx.AddTask("training", maxValue: 1);
                var model = new IntentClassifierTrainer(options, sentenceEncoder).Fit(trainData);
                fit.Increment(1);
                var predict = ctx.AddTask("evaluating", maxValue: testData.Count);
                result = NluEvaluator.Evaluate(model, testData, pr.GetValue(threshold), pr.GetValue(margin), new Progress<int>(n => predict.Value = n));
                predict.Value = testData.Count;
            });
            return report.Finish(pr, result!, $"NLU evaluation: {Path.GetFileName(pr.GetValue(test))}");
        }));
        return cmd;
    }

    private static Command BuildCrossValidate()
    {
        var data = new Option<string>("--data") { Description = "labelled file or folder of .lu files", DefaultValueFactory = _ => Path.Combine(CliConfiguration.Load().DialogsDirectory, "intents") };
        var folds = new Option<int>("--folds") { Description = "number of folds", DefaultValueFactory = _ => 5 };
        var report = new ReportOptions();
        var classifier = ClassifierOption();
        var encoder = EncoderOption();
        var threshold = ThresholdOption();
        var margin = MarginOption();
        var cmd = new Command("cross-validate", "Stratified k-fold cross-validation of the intent classifier.");
        foreach (var o in new Option[] { data, folds, classifier, encoder, threshold, margin }) cmd.Options.Add(o);
        report.AddTo(cmd);
        cmd.SetAction((ParseResult pr, CancellationToken ct) => Guard(() =>
        {
            var examples = LabeledDataLoader.Load(pr.GetValue(data)!);
            int k = pr.GetValue(folds);
            var options = new IntentClassifierOptions { Classifier = pr.GetValue(classifier)! };
            var sentenceEncoder = TrainingEncoder(pr.GetValue(encoder)!);
            using var owned = sentenceEncoder?.Inner as IDisposable;
            EvaluationReport? result = null;
            AnsiConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask($"{k}-fold cross-validation", maxValue: k);
                result = CrossValidator.Run(examples, k, options, pr.GetValue(threshold), pr.GetValue(margin), progress: new Progress<int>(n => task.Value = n), encoder: sentenceEncoder);
                task.Value = k;
            });
            return report.Finish(pr, result!, $"NLU {k}-fold cross-validation: {pr.GetValue(data)}");
        }));
        return cmd;
    }

    /// <summary>The options every evaluation shares: where to write the report and the minimums that fail the run.</summary>
    private sealed class ReportOptions
    {
        private readonly Option<string?> _json = new("--json") { Description = "write the report as JSON here" };
        private readonly Option<string?> _html = new("--html") { Description = "write the report as a self-contained HTML page here" };
        private readonly Option<double?> _minAccuracy = new("--min-accuracy") { Description = "exit 3 when accuracy is below this (0..1)" };
        private readonly Option<double?> _minF1 = new("--min-macro-f1") { Description = "exit 3 when macro F1 is below this (0..1)" };

        public void AddTo(Command command)
        {
            foreach (var o in new Option[] { _json, _html, _minAccuracy, _minF1 }) command.Options.Add(o);
        }

        public int Finish(ParseResult pr, EvaluationReport report, string title) =>
            NluCommand.Finish(report, title, pr.GetValue(_json), pr.GetValue(_html), pr.GetValue(_minAccuracy), pr.GetValue(_minF1));
    }

    private static int Finish(EvaluationReport report, string title, string? json, string? html, double? minAccuracy, double? minF1)
    {
        var summary = new Table().Title(Markup.Escape(title)).AddColumns("examples", "accuracy", "macro F1", "oos recall", "in-scope accuracy");
        summary.AddRow(report.Count.ToString(), Pct(report.Accuracy), Pct(report.MacroF1), Pct(report.OosRecall), Pct(report.InScopeAccuracy));
        AnsiConsole.Write(summary);
        var perIntent = new Table().AddColumns("intent", "precision", "recall", "F1", "support");
        foreach (var m in report.PerIntent) perIntent.AddRow(Markup.Escape(m.Intent), Pct(m.Precision), Pct(m.Recall), Pct(m.F1), m.Support.ToString());
        AnsiConsole.Write(perIntent);
        if (report.ConfusedPairs.Count > 0)
        {
            var pairs = new Table().Title("most confused").AddColumns("expected", "predicted", "count");
            foreach (var p in report.ConfusedPairs) pairs.AddRow(Markup.Escape(p.Expected), Markup.Escape(p.Predicted), p.Count.ToString());
            AnsiConsole.Write(pairs);
        }
        if (json is not null) File.WriteAllText(json, ReportWriter.ToJson(report));
        if (html is not null) File.WriteAllText(html, ReportWriter.ToHtml(report, title));
        bool failed = false;
        if (minAccuracy is { } a && report.Accuracy < a) { AnsiConsole.MarkupLine($"[red]accuracy {report.Accuracy:P1} is below the minimum {a:P1}[/]"); failed = true; }
        if (minF1 is { } f && report.MacroF1 < f) { AnsiConsole.MarkupLine($"[red]macro F1 {report.MacroF1:P1} is below the minimum {f:P1}[/]"); failed = true; }
        return failed ? BelowMinimum : 0;
    }

    private static string Pct(double v) => double.IsNaN(v) ? "n/a" : $"{v * 100:F1}%";

    private static Task<int> Guard(Func<int> action)
    {
        try
        {
            return Task.FromResult(action());
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidDataException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return Task.FromResult(2);
        }
    }
}
