using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Sentiment;
using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

public sealed class PolarityLexiconTests
{
    [Fact]
    public void Parse_ReadsSectionsAndCommentsAndKeepsStems()
    {
        var lexicon = PolarityLexicon.Parse("# comment\n[positive]\nloved great # inline\n\n[negative]\nBoring awful\n");
        Assert.Equal(["great", "love"], lexicon.Positive);
        Assert.Equal(["aw", "bore"], lexicon.Negative);
        Assert.StartsWith("PolarityLexicon(2+/2-, ", lexicon.ToString());
        Assert.Equal(lexicon.Fingerprint, PolarityLexicon.Parse("[negative]\nawful boring\n[positive]\ngreat loved").Fingerprint);
    }

    [Theory]
    [InlineData("great")]
    [InlineData("[neutral]\ngreat")]
    [InlineData("[positive]\ngood\n[negative]\ngoods")]
    [InlineData("[positive]\nnot-good")]
    [InlineData("[positive]\n")]
    public void Parse_RejectsBadFiles(string content) => Assert.Throws<ArgumentException>(() => PolarityLexicon.Parse(content));

    [Fact]
    public void Featurizer_AddsNegationAwareLexiconCounts_HandComputed()
    {
        var lexicon = PolarityLexicon.Parse("[positive]\ngood\n[negative]\nbad");
        var options = new FeaturizerOptions { MaxWordNgram = 1, MinCharNgram = 0, Lexicon = lexicon, LexiconWeight = 2f };
        var featurizer = TextFeaturizer.Fit(["good film", "bad film"], options);
        Assert.Equal(3 + 4, featurizer.ColumnCount);
        int good = featurizer.Transform("good").Indices.Single(i => i < 3);

        // "good good not bad": good (tf 2), not (unknown), NEG_bad (unknown word, but a negated negative lexicon word).
        var v = featurizer.Transform("good good not bad");
        double tf2 = 1 + Math.Log(2);
        double goodValue = tf2 * (Math.Log(3.0 / 2) + 1), positive = tf2 * 2, negatedNegative = 1 * 2;
        double norm = Math.Sqrt(goodValue * goodValue + positive * positive + negatedNegative * negatedNegative);
        Assert.Equal(new[] { good, 3, 6 }.Order(), v.Indices);
        Assert.Equal(goodValue / norm, v.Values[Array.IndexOf(v.Indices, good)], 5);
        Assert.Equal(positive / norm, v.Values[Array.IndexOf(v.Indices, 3)], 5);
        Assert.Equal(negatedNegative / norm, v.Values[Array.IndexOf(v.Indices, 6)], 5);

        // An unseen negative word still lands in the negative column (index 3 + 1).
        var unseen = TextFeaturizer.Fit(["good film", "bad film"], options with { Lexicon = PolarityLexicon.Parse("[positive]\ngood\n[negative]\nbad dreadful") });
        Assert.Equal([4], unseen.Transform("dreadful").Indices);
    }

    [Fact]
    public void SentimentModelWithLexicon_SavesAndLoadsToIdenticalScores()
    {
        var lexicon = PolarityLexicon.Parse("[positive]\ngood great lovely\n[negative]\nbad awful dreadful");
        LabeledUtterance[] data =
        [
            new("good shoes", "positive"), new("great fit, lovely colour", "positive"), new("really good", "positive"),
            new("bad shoes", "negative"), new("awful fit", "negative"), new("not good at all", "negative"),
        ];
        var model = new SentimentTrainer(SentimentTrainer.OptionsWith(lexicon)).Fit(data);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = SentimentModel.Load(stream);
        Assert.Equal(lexicon.Fingerprint, loaded.Classifier.Featurizer.Options.Lexicon!.Fingerprint);
        Assert.Equal(16f, loaded.Classifier.Featurizer.Options.LexiconWeight);
        foreach (var text in new[] { "dreadful", "lovely", "not bad", "the box" })
            Assert.Equal(model.Score(text), loaded.Score(text));
        // "dreadful" and "lovely" never occur in training, yet the lexicon columns give them their polarity.
        Assert.True(model.Score("dreadful") < 0);
        Assert.True(model.Score("lovely") > 0);
    }
}
