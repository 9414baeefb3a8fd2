using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Sentiment;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>
/// The cross-domain goal (at least 86% on reviews from a domain the model never trained on), trained on one UCI
/// review domain and scored on another, for both encoder choices: <c>minilm</c> meets it, the bag-of-words model that
/// <c>none</c> and <c>static</c> ship for sentiment does not (README, "no single configuration meets every goal").
/// </summary>
public sealed class CrossDomainSentimentTests(MiniLmEncoderFixture fixture) : IClassFixture<MiniLmEncoderFixture>
{
    private static SentimentModel Train(string file, ISentenceEncoder? encoder) =>
        new SentimentTrainer(SentimentTrainer.OptionsWith(SentimentNeutralTests.Lexicon.Value), 0, encoder: encoder)
            .Fit(SentimentDataLoader.Load(Path.Combine(SentimentNeutralTests.SentimentData, file)));

    private static double Accuracy(SentimentModel model, string testFile) =>
        SentimentNeutralTests.ReviewAccuracy(model, SentimentDataLoader.Load(Path.Combine(SentimentNeutralTests.SentimentData, testFile)));

    [Theory]
    // Measured 86.7 and 88.7 (the `sentiment --encoder minilm` benchmark); the floor is the goal itself.
    [InlineData("amazon-reviews.csv", "imdb-reviews.csv", 86.0)]
    [InlineData("imdb-reviews.csv", "amazon-reviews.csv", 86.0)]
    public void WithMiniLm_MeetsTheGoalOnAnUnseenDomain(string trainFile, string testFile, double floor)
    {
        double accuracy = Accuracy(Train(trainFile, new MemoizingSentenceEncoder(fixture.Encoder)), testFile);
        Assert.True(accuracy >= floor, $"{trainFile} -> {testFile} with MiniLM: {accuracy:F1}% (floor {floor})");
    }

    [Theory]
    // Measured 83.6 and 85.0: below the goal, which is why `minilm` exists; floors 1.5 points under guard against regressions.
    [InlineData("amazon-reviews.csv", "imdb-reviews.csv", 82.1)]
    [InlineData("imdb-reviews.csv", "amazon-reviews.csv", 83.5)]
    public void WordsAlone_TransferWithinTheirMeasuredBand(string trainFile, string testFile, double floor)
    {
        double accuracy = Accuracy(Train(trainFile, null), testFile);
        Assert.True(accuracy >= floor, $"{trainFile} -> {testFile}, words alone: {accuracy:F1}% (floor {floor})");
    }
}
