using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Sentiment;

namespace ShopBot.Skills.Tests.Nlu;

public class NluRecognizerTests
{
    private static string Dialogs => Path.Combine(AppContext.BaseDirectory, "TestData", "Nlu", "dialogs");

    private sealed class FixedClassifier(params IntentScore[] scores) : IIntentClassifier
    {
        public IReadOnlyList<IntentScore> Classify(string text) => scores;
    }

    private sealed class FixedSentiment : ISentimentAnalyzer
    {
        public SentimentResult Analyze(string text) => new("negative", -0.8);
    }

    private sealed class OrderIdRecognizer : IEntityRecognizer
    {
        public DateTime? SeenTime { get; private set; }

        public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
        {
            SeenTime = referenceTime;
            int i = text.IndexOf("A123", StringComparison.Ordinal);
            return i < 0 ? [] : [new EntityMatch("A123", i, i + 3, "order_id", new Dictionary<string, object?> { ["value"] = "A123" })];
        }
    }

    [Fact]
    public void Recognize_ReturnsOutOfScope_WhenBelowThreshold()
    {
        var classifier = new FixedClassifier(new("track_order", 0.45), new("cancel_order", 0.30), new("greet", 0.25));
        var r = new NluRecognizer(classifier, new FixedSentiment(), [], new NluOptions(), TimeProvider.System).Recognize("hmm");
        Assert.Equal(RecognizerResult.OutOfScope, r.Intent.Name);
        Assert.Equal("track_order", r.Intents[0].Name);
    }

    [Fact]
    public void Recognize_ReturnsOutOfScope_WhenTopTwoWithinMargin()
    {
        var classifier = new FixedClassifier(new("track_order", 0.55), new("cancel_order", 0.45));
        var r = new NluRecognizer(classifier, new FixedSentiment(), [], new NluOptions { Threshold = 0.5, Margin = 0.2 }, TimeProvider.System).Recognize("x");
        Assert.Equal(RecognizerResult.OutOfScope, r.Intent.Name);
    }

    [Fact]
    public void Recognize_ComposesIntentTop5EntitiesAndSentiment()
    {
        var classifier = new FixedClassifier(Enumerable.Range(0, 7).Select(i => new IntentScore("i" + i, i == 0 ? 0.88 : 0.02)).ToArray());
        var entities = new OrderIdRecognizer();
        var time = new FixedTime(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var r = new NluRecognizer(classifier, new FixedSentiment(), [entities], new NluOptions(), time).Recognize("where is A123");
        Assert.Equal(("i0", 0.88), (r.Intent.Name, r.Intent.Confidence));
        Assert.Equal(5, r.Intents.Count);
        Assert.Equal("order_id", Assert.Single(r.Entities).TypeName);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 0, 0), entities.SeenTime);
        Assert.Equal("negative", r.Sentiment.Label);
    }

    [Fact]
    public void Options_RejectOutOfRangeValues()
    {
        Assert.Throws<ArgumentException>(() => new NluOptions { Threshold = 1.5 }.Validate());
        Assert.Throws<ArgumentException>(() => new NluOptions { Classifier = "svm" }.Validate());
    }

    [Fact]
    public void LoadOrTrain_TrainsThenLoadsFromCache()
    {
        string cache = Path.Combine(Path.GetTempPath(), "shopbot-nlu-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new NluOptions { Classifier = "lr" };
            var first = NluModels.LoadOrTrain(Dialogs, cache, options, NullLogger.Instance);
            Assert.Equal(2, Directory.GetFiles(cache, "*.model").Length);
            var stamp = Directory.GetFiles(cache).Select(File.GetLastWriteTimeUtc).Max();
            var second = NluModels.LoadOrTrain(Dialogs, cache, options, NullLogger.Instance);
            Assert.Equal(stamp, Directory.GetFiles(cache).Select(File.GetLastWriteTimeUtc).Max());
            Assert.Equal(first.Intents.Classify("where is my order"), second.Intents.Classify("where is my order"));
            Assert.Equal("track_order", second.Intents.Classify("where is my order")[0].Name);
            var recognizer = new NluRecognizer(second.Intents, second.Sentiment, [], options, TimeProvider.System);
            Assert.Equal("cancel_order", recognizer.Recognize("please cancel my order").Intents[0].Name);
            Assert.True(second.Sentiment.Analyze("terrible and slow").Score < second.Sentiment.Analyze("great and fast").Score);

            NluModels.LoadOrTrain(Dialogs, cache, new NluOptions { Classifier = "nb" }, NullLogger.Instance);
            Assert.Equal(3, Directory.GetFiles(cache, "*.model").Length);
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void CacheKey_ChangesWithTheBuildThatTrains()
    {
        // A cache left by another build of ShopBot must not be read as this one's: the key hashes the code's identity
        // beside the data and options (three sessions were bitten by stale caches when only a hand-bumped version did).
        var files = Directory.GetFiles(Path.Combine(Dialogs, "intents"), "*.lu");
        Assert.Equal(NluModels.Key(files, "lr"), NluModels.Key(files, "lr", ShopBot.Skills.Data.ModelCacheFiles.CodeIdentity));
        Assert.NotEqual(NluModels.Key(files, "lr", "build-a"), NluModels.Key(files, "lr", "build-b"));
        Assert.NotEqual(NluModels.Key(files, "lr"), NluModels.Key(files, "nb"));
        Assert.Matches("^[0-9a-f]{32}$", ShopBot.Skills.Data.ModelCacheFiles.CodeIdentity);
    }

    [Fact]
    public void LoadOrTrain_KeepsOnlyTheNewestModelsOfEachKind()
    {
        string cache = Path.Combine(Path.GetTempPath(), "shopbot-nlu-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(cache);
            // Six models left by earlier builds, oldest first, and one file of another kind that must survive.
            for (int i = 0; i < 6; i++)
            {
                string old = Path.Combine(cache, $"intents-old{i}.model");
                File.WriteAllText(old, "stale");
                File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-10 + i));
            }
            File.WriteAllText(Path.Combine(cache, "recommender-x.als"), "other");

            var models = NluModels.LoadOrTrain(Dialogs, cache, new NluOptions { Classifier = "lr" }, NullLogger.Instance);

            var left = Directory.GetFiles(cache, "intents-*.model").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(NluModels.KeepPerKind, left.Count);
            Assert.DoesNotContain("intents-old0.model", left);
            Assert.Contains("intents-old5.model", left);
            Assert.Single(left, f => !f!.StartsWith("intents-old", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(cache, "recommender-x.als")));
            Assert.Equal("track_order", models.Intents.Classify("where is my order")[0].Name);
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void LoadOrTrain_ServesFromMemory_WhenTheCacheCannotBeWritten()
    {
        // The configured cache folder is a file, so nothing can be written under it: the models still train and serve.
        string blocker = Path.GetTempFileName();
        try
        {
            var logger = new ListLogger();
            var models = NluModels.LoadOrTrain(Dialogs, Path.Combine(blocker, "cache"), new NluOptions { Classifier = "lr" }, logger);
            Assert.Equal("track_order", models.Intents.Classify("where is my order")[0].Name);
            Assert.True(models.Sentiment.Analyze("terrible and slow").Score < 0);
            Assert.Contains(logger.Messages, m => m.Contains("could not be written", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }

    [Fact]
    public void LoadOrTrain_ExplainsMissingData() =>
        Assert.Throws<ArgumentException>(() => NluModels.LoadOrTrain("/nonexistent-dialogs", Path.GetTempPath(), new NluOptions(), NullLogger.Instance));

    [Fact]
    public void Sentiment_ScoresNegationAndNeutralBand()
    {
        var data = SentimentDataLoader.Load(Path.Combine(Dialogs, "sentiment", "mini.csv"));
        var model = new SentimentTrainer(neutralBand: 0.05).Fit(data);
        var good = model.Analyze("good service");
        Assert.Equal("positive", good.Label);
        Assert.InRange(good.Score, -1, 1);
        // Negated words are separate features (NEG_good), learned from the negated training rows.
        Assert.True(model.Score("the service was not good") < model.Score("the service was good"), "negation should lower the score");
        Assert.True(model.Score("it was not bad") > model.Score("it was bad"), "negation should raise the score");
        Assert.Equal("neutral", model.Analyze("").Label);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
