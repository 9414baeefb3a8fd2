using Microsoft.Extensions.Logging.Abstractions;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Sentiment;

namespace ShopBot.Skills.Tests.Nlu;

public class EncoderHeadTests(MiniLmEncoderFixture fixture) : IClassFixture<MiniLmEncoderFixture>
{
    private static string Dialogs => Path.Combine(AppContext.BaseDirectory, "TestData", "Nlu", "dialogs");

    [Fact]
    public void Combine_IsTheRenormalisedWeightedGeometricMean()
    {
        // words (0.7, 0.2, 0.1), encoder (0.2, 0.5, 0.3), w = 0.5, T = 1:
        // sqrt(0.14) = 0.374166, sqrt(0.10) = 0.316228, sqrt(0.03) = 0.173205; sum 0.863599 -> 0.433264, 0.366174, 0.200562.
        double[] words = [Math.Log(0.7), Math.Log(0.2), Math.Log(0.1)];
        EncoderHead.Combine(words, [Math.Log(0.2), Math.Log(0.5), Math.Log(0.3)], 0.5, 1);
        Assert.Equal(0.433264, Math.Exp(words[0]), 5);
        Assert.Equal(0.366174, Math.Exp(words[1]), 5);
        Assert.Equal(0.200562, Math.Exp(words[2]), 5);
    }

    [Fact]
    public void Combine_WithTemperature_SharpensOrFlattens()
    {
        // w = 1 keeps the encoder's distribution; T = 2 takes its square root: (0.8, 0.2) -> (0.894427, 0.447214) / 1.341641 = (2/3, 1/3).
        double[] words = [Math.Log(0.5), Math.Log(0.5)];
        EncoderHead.Combine(words, [Math.Log(0.8), Math.Log(0.2)], 1, 2);
        Assert.Equal(2.0 / 3, Math.Exp(words[0]), 6);
        Assert.Equal(1.0 / 3, Math.Exp(words[1]), 6);
    }

    /// <summary>Requests that share no content word with the training utterances of their intent.</summary>
    private static readonly (string Text, string Intent)[] Paraphrases =
    [
        ("has my shipment been dispatched", "track_order"),
        ("reimburse me", "get_refund"),
        ("greetings", "greet"),
        ("abort the transaction", "cancel_order"),
        ("who painted the mona lisa", "out_of_scope"),
    ];

    [Fact]
    public void EncoderHead_UnderstandsParaphrasesTheWordsNeverShowed()
    {
        var data = IntentClassifierTests.Shop();
        var words = new IntentClassifierTrainer().Fit(data);
        var trainer = new IntentClassifierTrainer(encoder: fixture.Encoder);
        var mixed = trainer.Fit(data);
        Assert.NotNull(mixed.Head);
        Assert.NotNull(trainer.HeadChoice);
        int wordsRight = Paraphrases.Count(p => words.Classify(p.Text)[0].Name == p.Intent);
        foreach (var (text, intent) in Paraphrases) Assert.Equal(intent, mixed.Classify(text)[0].Name);
        Assert.True(wordsRight < Paraphrases.Length, "the bag-of-words model alone should miss some of these, or the test shows nothing");
        Assert.Equal(1.0, mixed.Classify("where is my order").Sum(s => s.Confidence), 6);
    }

    [Fact]
    public void ClassifyAndTop2_GiveTheMixturesProbabilities()
    {
        // Regression: the fast top-2 path once read the bag-of-words scores alone and skipped the head.
        var model = new IntentClassifierTrainer(encoder: fixture.Encoder).Fit(IntentClassifierTests.Shop());
        foreach (var text in new[] { "reimburse me", "greetings", "where is my order" }) AssertRankingAgreesWithLogProba(model, text);
    }

    /// <summary>Classify and Top2 give the winner and probability of PredictLogProba, whose probabilities sum to 1.</summary>
    internal static void AssertRankingAgreesWithLogProba(IntentClassifierModel model, string text)
    {
        var logp = new double[model.Labels.Count];
        model.PredictLogProba(text, logp);
        Assert.Equal(1.0, logp.Sum(Math.Exp), 9);
        int argmax = Array.IndexOf(logp, logp.Max());
        var ranked = model.Classify(text);
        Assert.Equal(model.Labels[argmax], ranked[0].Name);
        Assert.Equal(Math.Exp(logp[argmax]), ranked[0].Confidence, 9);
        var (best, top, _) = model.Top2(text);
        Assert.Equal(argmax, best);
        Assert.Equal(Math.Exp(logp[argmax]), top, 9);
    }

    [Fact]
    public void HeadOnlyExamples_TrainTheHeadAlone_AndMustUseKnownLabels()
    {
        var data = IntentClassifierTests.Shop();
        var plain = new IntentClassifierTrainer(encoder: fixture.Encoder).Fit(data);
        var taught = new IntentClassifierTrainer(encoder: fixture.Encoder).Fit(data, [new("what is the capital of france", "greet"), new("capital cities", "greet")]);
        // The bag-of-words part is the same model; only the head learnt the new examples.
        var row = plain.Featurizer.Transform("what is the capital of spain");
        Assert.Equal(row, taught.Featurizer.Transform("what is the capital of spain"), (a, b) => a.Indices.SequenceEqual(b.Indices) && a.Values.SequenceEqual(b.Values));
        var logpPlain = new double[plain.Labels.Count];
        var logpTaught = new double[taught.Labels.Count];
        plain.Model.PredictLogProba(row.Indices, row.Values, logpPlain);
        taught.Model.PredictLogProba(row.Indices, row.Values, logpTaught);
        Assert.Equal(logpPlain, logpTaught);
        double before = plain.Classify("what is the capital of spain").First(s => s.Name == "greet").Confidence;
        double after = taught.Classify("what is the capital of spain").First(s => s.Name == "greet").Confidence;
        Assert.True(after > before, $"greet {before:F3} -> {after:F3}");
        Assert.Throws<ArgumentException>(() => new IntentClassifierTrainer(encoder: fixture.Encoder).Fit(data, [new("hello", "no_such_intent")]));
    }

    [Fact]
    public void SaveLoad_WithHead_GivesIdenticalPredictions_AndNeedsTheEncoder()
    {
        var model = new IntentClassifierTrainer(new IntentClassifierOptions { Classifier = "lr" }, fixture.Encoder).Fit(IntentClassifierTests.Shop());
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = IntentClassifierModel.Load(stream, fixture.Encoder);
        foreach (var text in new[] { "where is my parcel", "refund", "greetings", "what is love" })
            Assert.Equal(model.Classify(text), loaded.Classify(text));
        Assert.Equal(model.Head!.Weight, loaded.Head!.Weight);

        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => IntentClassifierModel.Load(stream));
        Assert.Contains("minilm", e.Message);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => IntentClassifierModel.Load(stream, new OtherEncoder()));
    }

    [Fact]
    public void LoadOrTrain_WithEncoder_CachesSeparatelyAndMixesBothModels()
    {
        string cache = Path.Combine(Path.GetTempPath(), "shopbot-nlu-encoder-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new NluOptions { Encoder = PackagedSentenceEncoder.MiniLm };
            IReadOnlyList<IntentScore> first;
            using (var trained = NluModels.LoadOrTrain(Dialogs, cache, options, NullLogger.Instance))
            {
                Assert.NotNull(trained.Encoder);
                first = trained.Intents.Classify("has my shipment been dispatched");
                Assert.Equal("track_order", first[0].Name);
            }
            Assert.Equal(2, Directory.GetFiles(cache, "*.model").Length);
            using (var loaded = NluModels.LoadOrTrain(Dialogs, cache, options, NullLogger.Instance))
            {
                Assert.Equal(first, loaded.Intents.Classify("has my shipment been dispatched"));
                Assert.True(loaded.Sentiment.Analyze("awful, broken and late").Score < loaded.Sentiment.Analyze("lovely, quick and perfect").Score);
            }
            using (NluModels.LoadOrTrain(Dialogs, cache, new NluOptions(), NullLogger.Instance)) { }
            Assert.Equal(4, Directory.GetFiles(cache, "*.model").Length);
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void LoadOrTrain_WithTheStaticEncoder_MixesItIntoTheIntentModelOnly()
    {
        var shipped = StaticSentenceEncoder.Shipped();
        Assert.Null(NluModels.SentimentUses(shipped));
        Assert.Null(NluModels.SentimentUses(new MemoizingSentenceEncoder(shipped)));
        var other = new OtherEncoder();
        Assert.Same(other, NluModels.SentimentUses(other));
        Assert.Null(NluModels.SentimentUses(null));
        string cache = Path.Combine(Path.GetTempPath(), "shopbot-nlu-static-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var models = NluModels.LoadOrTrain(Dialogs, cache, new NluOptions { Encoder = StaticSentenceEncoder.Static }, NullLogger.Instance);
            Assert.NotNull(Assert.IsType<IntentClassifierModel>(models.Intents).Head);
            var sentiment = Assert.IsType<SentimentModel>(models.Sentiment);
            Assert.Null(sentiment.Classifier.Head);
            Assert.True(sentiment.Analyze("awful, broken and late").Score < sentiment.Analyze("lovely, quick and perfect").Score);
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    private sealed class OtherEncoder : ISentenceEncoder
    {
        public string Name => "other";

        public int Dimension => 384;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(_ => new float[384])];
    }
}
