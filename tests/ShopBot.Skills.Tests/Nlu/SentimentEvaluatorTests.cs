using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Evaluation;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

public sealed class SentimentEvaluatorTests
{
    /// <summary>Answers fixed scores; the label is the sign outside ±0.3.</summary>
    private sealed class FixedScores(Dictionary<string, double> scores) : ISentimentAnalyzer
    {
        public SentimentResult Analyze(string text)
        {
            double s = scores[text];
            return new SentimentResult(Math.Abs(s) < 0.3 ? "neutral" : s > 0 ? "positive" : "negative", s);
        }
    }

    [Fact]
    public void Evaluate_CountsLabels_Signs_AndOffers_ByHand()
    {
        var data = SentimentEvaluator.Parse("""
            text,label,upset
            a,negative,yes
            b,negative,yes
            c,negative,no
            d,neutral,no
            e,neutral,no
            f,positive,no
            """);
        var analyzer = new FixedScores(new() { ["a"] = -0.9, ["b"] = -0.2, ["c"] = -0.7, ["d"] = -0.65, ["e"] = 0.1, ["f"] = 0.2 });
        var r = SentimentEvaluator.Evaluate(analyzer, data, -0.6);
        // Labels: a neg ok, b neutral (wrong), c neg ok, d neg (wrong), e neutral ok, f neutral (wrong) -> 3 of 6.
        Assert.Equal(0.5, r.Accuracy, 12);
        // Signs on the polar rows a, b, c, f: all four right (b -0.2 < 0, f 0.2 > 0).
        Assert.Equal(1.0, r.PolarAccuracy, 12);
        // Offers at -0.6 or below: a (upset), c and d (not upset; d neutral).
        Assert.Equal((2, 1, 2, 1), (r.Upset, r.UpsetOffered, r.NotUpsetOffered, r.NeutralOffered));
        Assert.Equal(1, r.Confusion[("neutral", "negative")]);
        Assert.Equal(2, r.Confusion[("negative", "negative")]);
    }

    [Theory]
    [InlineData("text,label\nhello,happy\n", "label must be")]
    [InlineData("text,label,upset\nhello,positive,yes\n", "must be labelled negative")]
    [InlineData("text,label,upset\nhello,negative,maybe\n", "upset must be yes or no")]
    public void Parse_RejectsBadRows_WithTheRecord(string csv, string message)
    {
        var e = Assert.Throws<FormatException>(() => SentimentEvaluator.Parse(csv, "t.csv"));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("record 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutUpsetColumn_LeavesItUnknown()
    {
        var row = Assert.Single(SentimentEvaluator.Parse("text,label\n\"fine, thanks\",positive\n"));
        Assert.Equal(("fine, thanks", "positive", (bool?)null), (row.Text, row.Label, row.Upset));
    }
}
