using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>Skip-bigrams (two stems with one word between them) as word features of the intent classifier.</summary>
public sealed class SkipBigramTests
{
    private static readonly FeaturizerOptions WordsOnly = new() { MinCharNgram = 0, MaxWordNgram = 2 };

    [Fact]
    public void SkipBigrams_AddOnePairPerWordAfterTheSecond()
    {
        string[] corpus = ["track my order now"];
        var plain = TextFeaturizer.Fit(corpus, WordsOnly);
        var skip = TextFeaturizer.Fit(corpus, WordsOnly with { SkipBigrams = true });
        // 4 unigrams + 3 bigrams; skip-bigrams add (track, order) and (my, now).
        Assert.Equal(7, plain.ColumnCount);
        Assert.Equal(9, skip.ColumnCount);
        Assert.Equal(9, skip.Transform("track my order now").Count);
    }

    [Fact]
    public void SkipBigrams_StopAtClausePunctuation()
    {
        var skip = TextFeaturizer.Fit(["track my, order"], WordsOnly with { SkipBigrams = true });
        // Unigrams track, my, order; the bigram (track, my); no pair crosses the comma.
        Assert.Equal(4, skip.ColumnCount);
    }

    [Fact]
    public void SharedIds_GiveTheSameVectorsAsFreshComputation_InEitherOrder()
    {
        string[] corpus = ["where is my order", "cancel my order please", "the parcel is not here", "refund policy"];
        var skip = TextFeaturizer.Fit(corpus, new FeaturizerOptions { SkipBigrams = true });
        var plain = TextFeaturizer.Fit(corpus, new FeaturizerOptions { CharWeight = 0.2f });
        string text = "please cancel my order, it is not here";
        var freshSkip = skip.Transform(new string(text.AsSpan()));
        var freshPlain = plain.Transform(new string(text.AsSpan()));

        skip.Transform(text);
        var plainAfterSkip = plain.Transform(text);
        string other = new(text.AsSpan());
        plain.Transform(other);
        var skipAfterPlain = skip.Transform(other);

        Assert.Equal(freshPlain.Indices, plainAfterSkip.Indices);
        Assert.Equal(freshPlain.Values, plainAfterSkip.Values);
        Assert.Equal(freshSkip.Indices, skipAfterPlain.Indices);
        Assert.Equal(freshSkip.Values, skipAfterPlain.Values);
        Assert.True(freshSkip.Count > freshPlain.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SaveLoad_KeepsTheSetting(bool skipBigrams)
    {
        string[] corpus = ["track my order now", "cancel the order please"];
        var featurizer = TextFeaturizer.Fit(corpus, new FeaturizerOptions { SkipBigrams = skipBigrams, MaxWordNgram = 3 });
        using var ms = new MemoryStream();
        using (var writer = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) featurizer.Write(writer);
        ms.Position = 0;
        using var reader = new BinaryReader(ms);
        var loaded = TextFeaturizer.Read(reader);
        Assert.Equal(skipBigrams, loaded.Options.SkipBigrams);
        Assert.Equal(3, loaded.Options.MaxWordNgram);
        var expected = featurizer.Transform("please track the order now");
        var got = loaded.Transform("please track the order now");
        Assert.Equal(expected.Indices, got.Indices);
        Assert.Equal(expected.Values, got.Values);
    }

    [Fact]
    public void IntentClassifier_WithSkipBigrams_SavesAndLoadsWithIdenticalPredictions()
    {
        var options = new IntentClassifierOptions { Features = new FeaturizerOptions { SkipBigrams = true } };
        LabeledUtterance[] data =
        [
            new("where is my order", "track"), new("track my parcel please", "track"), new("where is the package", "track"),
            new("cancel my order", "cancel"), new("please cancel the purchase", "cancel"), new("stop my order now", "cancel"),
        ];
        var model = new IntentClassifierTrainer(options).Fit(data);
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = IntentClassifierModel.Load(ms);
        Assert.True(loaded.Featurizer.Options.SkipBigrams);
        foreach (var text in new[] { "cancel the order", "where is my parcel" })
            Assert.Equal(model.Classify(text).Select(s => s.Confidence), loaded.Classify(text).Select(s => s.Confidence));
        Assert.False(new IntentClassifierOptions().Features.SkipBigrams);
    }
}
