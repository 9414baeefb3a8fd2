using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;

namespace ShopBot.Skills.Tests.Nlu;

public class EvaluatorTests
{
    [Fact]
    public void Evaluate_ComputesMetricsForKnownConfusions()
    {
        var test = LabeledDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "Nlu", "confusions.csv"));
        Assert.Equal(RecognizerResult.OutOfScope, test[5].Label);
        Assert.Equal("stop the order, please", test[3].Text);
        // Known confusions: one track_order predicted as cancel_order, one cancel_order predicted as out_of_scope.
        IntentScore[] predicted =
        [
            new("track_order", 0.9), new("cancel_order", 0.6), new("cancel_order", 0.8), new("out_of_scope", 0.4),
            new("greet", 0.9), new("out_of_scope", 0.7),
        ];
        var r = NluEvaluator.Evaluate(test, predicted);
        Assert.Equal(6, r.Count);
        Assert.Equal(4.0 / 6, r.Accuracy, 10);
        Assert.Equal(1.0, r.OosRecall, 10);
        Assert.Equal(3.0 / 5, r.InScopeAccuracy, 10);
        var track = r.PerIntent.Single(m => m.Intent == "track_order");
        Assert.Equal((1.0, 0.5, 2.0 / 3, 2), (track.Precision, track.Recall, track.F1, track.Support));
        var cancel = r.PerIntent.Single(m => m.Intent == "cancel_order");
        Assert.Equal((0.5, 0.5), (cancel.Precision, cancel.Recall));
        var oos = r.PerIntent.Single(m => m.Intent == "out_of_scope");
        Assert.Equal((0.5, 1.0), (oos.Precision, oos.Recall));
        // F1: track 2/3, cancel 1/2, greet 1, oos 2/3.
        Assert.Equal((2.0 / 3 + 0.5 + 1 + 2.0 / 3) / 4, r.MacroF1, 10);
        Assert.Equal(2, r.ConfusedPairs.Count);
        Assert.Contains(r.ConfusedPairs, p => p is { Expected: "track_order", Predicted: "cancel_order", Count: 1 });
        Assert.Contains(r.Misclassified, m => m.Text == "stop the order, please" && m.Predicted == "out_of_scope");
    }

    [Fact]
    public void Evaluate_RejectsMismatchedInput() =>
        Assert.Throws<ArgumentException>(() => NluEvaluator.Evaluate([new LabeledUtterance("a", "b")], []));

    [Fact]
    public void FallbackTuner_PicksAThresholdThatCatchesOutOfScope()
    {
        var train = IntentClassifierTests.Shop();
        var model = new IntentClassifierTrainer(new IntentClassifierOptions { Classifier = "nb" }).Fit(train.Where(t => t.Label != "out_of_scope").ToArray());
        LabeledUtterance[] validation = [new("where is my parcel", "track_order"), new("cancel the order", "cancel_order"), new("hi", "greet"), new("quantum physics lecture", "out_of_scope")];
        var (threshold, margin) = FallbackTuner.Tune(model, validation);
        var report = NluEvaluator.Evaluate(model, validation, threshold, margin);
        Assert.Equal(1.0, report.Accuracy);
    }
}
