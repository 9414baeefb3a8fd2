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
        var c = GoalFallbackTuner.Choose(Sample(0.45, 0.22), 1.0, confidence: 0);
        Assert.Equal(0.0, c.Threshold, 10);
        Assert.Equal(0.25, c.Margin, 10);
        Assert.Equal(0.75, c.InScopeAccuracy, 10);
        Assert.Equal(1.0, c.OosRecall, 10);
    }

    [Fact]
    public void Choose_HalfRecall_IsMetWithoutAnyFallback()
    {
        var c = GoalFallbackTuner.Choose(Sample(0.45, 0.22), 0.5, confidence: 0);
        Assert.Equal((0.0, 0.0, 0.75, 0.5), (c.Threshold, c.Margin, c.InScopeAccuracy, c.OosRecall));
    }

    [Fact]
    public void Choose_UnreachableRecall_TakesTheBestRecallThenInScopeAccuracy()
    {
        // Top 0.99 with gap 0.99 cannot fall back on the grid (threshold <= 0.95, margin <= 0.5): best recall is 1/2.
        var c = GoalFallbackTuner.Choose(Sample(0.99, 0.0), 1.0, confidence: 0);
        Assert.Equal((0.0, 0.0, 0.75, 0.5), (c.Threshold, c.Margin, c.InScopeAccuracy, c.OosRecall));
    }

    [Fact]
    public void Choose_RejectsDataWithoutOutOfScopeExamplesOrABadRecall()
    {
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.Choose([new(false, true, false, 0.9, 0.1)], 0.5));
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.Choose(Sample(0.45, 0.22), 1.5));
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.Choose(Sample(0.45, 0.22), 0.5, confidence: 1));
    }

    [Fact]
    public void WilsonLowerBound_MatchesHandComputedValues()
    {
        // z = 1.6448536 (one-sided 95%), n = 100: (p + z²/2n − z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n).
        // 59/100: (0.59 + 0.0135277 − 0.0820218) / 1.0270554 = 0.507767; 58/100: (0.58 + 0.0135277 − 0.0823027) / 1.0270554 = 0.497758.
        Assert.Equal(0.507767, GoalFallbackTuner.WilsonLowerBound(59, 100, 0.95), 5);
        Assert.Equal(0.497758, GoalFallbackTuner.WilsonLowerBound(58, 100, 0.95), 5);
        Assert.Equal(0.0, GoalFallbackTuner.WilsonLowerBound(0, 100, 0.95), 10);
        Assert.InRange(GoalFallbackTuner.WilsonLowerBound(100, 100, 0.95), 0.97, 0.98);
        Assert.Equal(0.59, GoalFallbackTuner.WilsonLowerBound(59, 100, 0), 10);
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.WilsonLowerBound(5, 4, 0.95));
        Assert.Throws<ArgumentException>(() => GoalFallbackTuner.WilsonLowerBound(0, 0, 0.95));
    }

    [Fact]
    public void Choose_WithConfidence_NeedsTheBoundNotTheObservedRecallToReachTheGoal()
    {
        // 100 out-of-scope examples: 50 already predicted out of scope; the k-th of the other 50 has top probability
        // 0.10 + 0.01·k with a wide gap, so threshold t catches 50 + (number of k with 0.10 + 0.01·k < t).
        // 100 in-scope examples, all right, with top 0.50 and second 0.43: a margin of 0.1 or more would drop them all.
        var predictions = new List<OutOfFoldPrediction>();
        for (int k = 0; k < 50; k++) predictions.Add(new(true, false, true, 0.8, 0.1));
        for (int k = 0; k < 50; k++) predictions.Add(new(true, false, false, 0.10 + 0.01 * k + 0.001, 0.0));
        for (int k = 0; k < 100; k++) predictions.Add(new(false, true, false, 0.50, 0.43));
        var observed = GoalFallbackTuner.Choose(predictions, 0.5, confidence: 0);
        Assert.Equal((0.0, 0.0, 0.5), (observed.Threshold, observed.Margin, observed.OosRecall));
        // At 95% the bound needs 59 of 100 (0.5078; 58 gives 0.4978): nine more, so the smallest threshold above 0.181.
        var bounded = GoalFallbackTuner.Choose(predictions, 0.5);
        Assert.Equal(0.19, bounded.Threshold, 10);
        Assert.Equal(0.59, bounded.OosRecall, 10);
        Assert.Equal(1.0, bounded.InScopeAccuracy, 10);
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
