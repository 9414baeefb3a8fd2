using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Tests.Nlu;

public class GoalFallbackTunerTests
{
    // Four in-scope examples (three with the right top intent) and two out-of-scope ones, one already predicted as such.
    private static OutOfFoldPrediction[] Sample(double oos2Top, double oos2Second) =>
    [
        new(false, true, false, 0.90, 0.05),
        new(false, true, false, 0.60, 0.20),
        new(false, false, false, 0.40, 0.35),
        new(false, true, false, 0.35, 0.02),
        new(true, false, true, 0.70, 0.10),
        new(true, false, false, oos2Top, oos2Second),
    ];

    [Fact]
    public void Choose_FullRecall_PrefersTheMarginThatKeepsMoreInScopeAnswers()
    {
        // Catching the second oos example (top 0.45, gap 0.23) needs threshold >= 0.46, which also drops the right
        // answer at 0.35 (in-scope 2/4), or margin 0.25, which keeps it (gaps 0.85, 0.40, 0.33 all >= 0.25: in-scope 3/4).
        var c = GoalFallbackTuner.Choose(Sample(0.45, 0.22), 1.0);
        Assert.Equal(0.0, c.Threshold, 10);
        Assert.Equal(0.25, c.Margin, 10);
        Assert.Equal(0.75, c.InScopeAccuracy, 10);
        Assert.Equal(1.0, c.OosRecall, 10);
    }

    [Fact]
    public void Choose_HalfRecall_IsMetWithoutAnyFallback()
    {
        var c = GoalFallbackTuner.Choose(Sample(0.45, 0.22), 0.5);
        Assert.Equal((0.0, 0.0, 0.75, 0.5), (c.Threshold, c.Margin, c.InScopeAccuracy, c.OosRecall));
    }

    [Fact]
    public void Choose_UnreachableRecall_TakesTheBestRecallThenInScopeAccuracy()
    {
        // Top 0.99 with gap 0.99 cannot fall back on the grid (threshold <= 0.95, margin <= 0.5): best recall is 1/2.
        var c = GoalFallbackTuner.Choose(Sample(0.99, 0.0), 1.0);
        Assert.Equal((0.0, 0.0, 0.75, 0.5), (c.Threshold, c.Margin, c.InScopeAccuracy, c.OosRecall));
    }

    [Fact]
    public void Choose_RejectsDataWithoutOutOfScopeExamplesOrABadRecall()
    {
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.Choose([new(false, true, false, 0.9, 0.1)], 0.5));
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.Choose(Sample(0.45, 0.22), 1.5));
    }

    [Fact]
    public void CrossValidate_ScoresEveryExampleWithAModelThatDidNotSeeIt()
    {
        var data = IntentClassifierTests.Shop();
        var predictions = GoalFallbackTuner.CrossValidate(data, new IntentClassifierOptions { Classifier = "nb" }, 3);
        Assert.Equal(data.Count, predictions.Count);
        for (int i = 0; i < data.Count; i++)
        {
            Assert.Equal(data[i].Label == RecognizerResult.OutOfScope, predictions[i].ExpectedOutOfScope);
            Assert.InRange(predictions[i].Top, predictions[i].Second, 1.0);
        }
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.CrossValidate(data, new IntentClassifierOptions(), 1));
    }
}
