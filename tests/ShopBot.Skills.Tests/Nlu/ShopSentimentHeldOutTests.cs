using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Skills.Handoff;
using Xunit;
using Xunit.Abstractions;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>
/// The shipped sentiment model and upset detector on shop messages they never saw (TestData/SentimentHeldout: two sets
/// written by helpers from labelling rules only): the label, the score's sign, and who the handoff policy would offer a
/// person. A guard against data or model changes that lose what they read in shoppers' messages; the floors sit a few
/// messages under what was measured when they were set.
/// </summary>
public sealed class ShopSentimentHeldOutTests(ITestOutputHelper output)
{
    private static IReadOnlyList<SentimentExample> Load(string file) =>
        SentimentEvaluator.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "SentimentHeldout", file));

    [Fact]
    public void ShippedSentiment_ReadsShopMessagesItNeverSaw()
    {
        var r = SentimentEvaluator.Evaluate(SentimentNeutralTests.Shipped.Value, Load("shop-sentiment.csv"), new HandoffOptions().NegativeSentimentThreshold);
        output.WriteLine($"label accuracy {r.Accuracy:P1}, sign on polar rows {r.PolarAccuracy:P1}, score <= -0.6: upset {r.UpsetOffered}/{r.Upset}, others {r.NotUpsetOffered} ({r.NeutralOffered} neutral)");
        foreach (var e in SentimentEvaluator.Labels)
            output.WriteLine($"{e} -> " + string.Join(", ", SentimentEvaluator.Labels.Select(p => $"{p} {r.Confusion.GetValueOrDefault((e, p))}")));
        Assert.True(r.Accuracy >= 0.86, $"label accuracy {r.Accuracy:P1} (floor 86%; 90.7% measured; 81.8% before dialogs/sentiment/shop-messages.csv, with 10 more rows since found in the training data)");
        Assert.True(r.PolarAccuracy >= 0.92, $"sign on polar rows {r.PolarAccuracy:P1} (floor 92%; 95.9% measured, 93.1% before shop-messages.csv)");
    }

    [Theory]
    [InlineData("shop-sentiment.csv", 28, 3)] // 32 of 50 and 1 of 165 measured; the score alone reached 35 and 36
    [InlineData("upset.csv", 42, 3)]          // 47 of 71 and 0 of 154 measured; the score alone reached 51 and 47
    public void UpsetShoppers_AreOfferedAPerson_CalmOnesRarely(string file, int minimumCaught, int maximumOthers)
    {
        var test = Load(file);
        var options = new HandoffOptions();
        var sentiment = SentimentNeutralTests.Shipped.Value;
        var detector = SentimentNeutralTests.ShippedUpset.Value;
        // As the product decides: a message that reads negative, with P(upset) at or above the threshold.
        var analyzer = new ShopBot.Skills.Nlu.Sentiment.SentimentWithUpset(sentiment, detector);
        bool Offered(string text) => analyzer.Analyze(text).Upset >= options.UpsetThreshold;
        int upset = test.Count(e => e.Upset == true), caught = test.Count(e => e.Upset == true && Offered(e.Text));
        int others = test.Count(e => e.Upset != true && Offered(e.Text));
        var byScore = SentimentEvaluator.Evaluate(sentiment, test, options.NegativeSentimentThreshold);
        output.WriteLine($"{file}: upset offered {caught}/{upset}, others {others}/{test.Count - upset}; by the score alone {byScore.UpsetOffered}/{upset} and {byScore.NotUpsetOffered}");
        Assert.True(caught >= minimumCaught, $"{file}: {caught} of {upset} upset shoppers offered a person (floor {minimumCaught})");
        Assert.True(others <= maximumOthers, $"{file}: {others} of {test.Count - upset} calm or mildly negative shoppers offered a person (ceiling {maximumOthers})");
    }
}
