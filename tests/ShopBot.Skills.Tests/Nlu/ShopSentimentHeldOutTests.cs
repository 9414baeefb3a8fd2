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
        Assert.True(r.Accuracy >= 0.89, $"label accuracy {r.Accuracy:P1} (floor 89%; 93.9% measured with shop-messages.csv's third writer, 90.7% before; 81.8% before dialogs/sentiment/shop-messages.csv, with 11 more rows since found in the training data)");
        Assert.True(r.PolarAccuracy >= 0.93, $"sign on polar rows {r.PolarAccuracy:P1} (floor 93%; 96.6% measured, 95.9% before the third writer, 93.1% before shop-messages.csv)");
    }

    [Theory]
    [InlineData("shop-sentiment.csv", 34, 3)] // 38 of 50 and 1 of 164 measured (32 and 1 before shop-messages.csv's third writer); the score alone reached 38 and 38
    [InlineData("upset.csv", 53, 3)]          // 59 of 71 and 0 of 153 measured (47 and 0 before the third writer); the score alone reached 57 and 47
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

    [Theory]
    [InlineData("shop-sentiment.csv")]
    [InlineData("upset.csv")]
    public void HeldOutSets_ShareNoMessageWithTheTrainingData(string file)
    {
        var sentimentData = Path.Combine(Rendering.LgRendererTests.FindRepositoryRoot(), "dialogs", "sentiment");
        var training = Directory.GetFiles(sentimentData, "*.csv").SelectMany(ShopBot.Skills.Nlu.Sentiment.SentimentDataLoader.Load)
            .Select(e => HeldOutText.Key(e.Text)).ToHashSet(StringComparer.Ordinal);
        var test = Load(file);
        Assert.NotEmpty(test);
        Assert.Empty(test.Where(e => training.Contains(HeldOutText.Key(e.Text))).Select(e => e.Text));
    }
}
