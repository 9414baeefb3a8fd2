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

    private static readonly PolarityLexicon Rules = PolarityLexicon.Parse(
        "[positive]\ngood great\n[negative]\nbad dull\n[intensifier]\nvery\n[downtoner]\nslightly\n[contrast]\nbut\n[concessive]\nalthough");

    // Columns: positive, negative, negated positive, negated negative; weights 1.5 (intensifier), 0.5 (downtoner),
    // 0.5 before / 1.5 after a contrast word, 0.5 inside a concessive clause.
    [Theory]
    [InlineData("good good", 2, 0, 0, 0)]
    [InlineData("very good", 1.5, 0, 0, 0)]
    [InlineData("slightly bad", 0, 0.5, 0, 0)]
    [InlineData("very nice good", 1, 0, 0, 0)]
    [InlineData("not very good", 0, 0, 1.5, 0)]
    [InlineData("good but dull", 0.5, 1.5, 0, 0)]
    [InlineData("although good, dull", 0.5, 1, 0, 0)]
    [InlineData("good. but bad but great", 2, 0.75, 0, 0)]
    [InlineData("it is not bad but not great", 0, 0, 1.5, 0.5)]
    public void Accumulate_WeighsModifiersContrastAndNegation_HandComputed(string text, float pos, float neg, float negPos, float negNeg)
    {
        Span<float> sums = stackalloc float[4];
        Rules.Accumulate(text, sums);
        Assert.Equal([pos, neg, negPos, negNeg], sums.ToArray());
    }

    [Fact]
    public void Accumulate_ConcessiveClauseEndsAtPunctuation()
    {
        Span<float> sums = stackalloc float[4];
        Rules.Accumulate("dull, although very good", sums);
        Assert.Equal(0.75f, sums[0]);
        sums.Clear();
        Rules.Accumulate("although dull. good", sums);
        Assert.Equal([1f, 0.5f, 0f, 0f], sums.ToArray());
    }

    [Fact]
    public void Without_DropsModifierListsAndChangesTheFingerprint()
    {
        var plain = PolarityLexicon.Parse("[positive]\ngood great\n[negative]\nbad dull");
        Assert.True(Rules.HasModifiers);
        Assert.Equal(plain.Fingerprint, Rules.Without(intensity: true, contrast: true).Fingerprint);
        Assert.NotEqual(plain.Fingerprint, Rules.Fingerprint);
        Assert.Empty(Rules.Without(contrast: true).Contrast);
        Assert.Equal(["veri"], Rules.Without(contrast: true).Intensifiers);
        Span<float> sums = stackalloc float[4];
        Rules.Without(intensity: true, contrast: true).Accumulate("very good but dull", sums);
        Assert.Equal([1f, 1f, 0f, 0f], sums.ToArray());
    }

    [Fact]
    public void WriteRead_RoundTripsModifiersAndReadsThePlainFormat()
    {
        foreach (var lexicon in new[] { Rules, Rules.Without(intensity: true, contrast: true) })
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) lexicon.Write(writer);
            stream.Position = 0;
            using var reader = new BinaryReader(stream);
            var read = PolarityLexicon.Read(reader);
            Assert.Equal(lexicon.Fingerprint, read.Fingerprint);
            Assert.Equal(lexicon.Contrast, read.Contrast);
            Assert.Equal(stream.Length, stream.Position);
        }
    }

    [Theory]
    [InlineData("[positive]\ngood\n[intensifier]\ngood")]
    [InlineData("[positive]\ngood\n[contrast]\nbut\n[concessive]\nbut")]
    [InlineData("[intensifier]\nvery")]
    public void Parse_RejectsOverlappingOrPolarityFreeModifierLists(string content) =>
        Assert.Throws<ArgumentException>(() => PolarityLexicon.Parse(content));

    [Fact]
    public void Accumulate_AddsAgainForTheSameTextAndCountsAnotherLexiconApart()
    {
        string text = "very good";
        Span<float> sums = stackalloc float[4];
        Rules.Accumulate(text, sums);
        Rules.Accumulate(text, sums);
        Assert.Equal(3f, sums[0]);
        sums.Clear();
        Rules.Without(intensity: true).Accumulate(text, sums);
        Assert.Equal(1f, sums[0]);
    }

    [Fact]
    public void Accumulate_RejectsShortSpans()
    {
        var sums = new float[3];
        Assert.Throws<ArgumentException>(() => Rules.Accumulate("good", sums));
    }

    [Fact]
    public void SentimentModel_BlendsThePureLexiconClassifierIntoThePolarSplit_HandComputed()
    {
        LabeledUtterance[] data =
        [
            new("good shoes", "positive"), new("great fit", "positive"), new("really good", "positive"),
            new("bad shoes", "negative"), new("dull fit", "negative"), new("not good at all", "negative"),
        ];
        var classifier = new SentimentTrainer(SentimentTrainer.OptionsWith(Rules), lexiconBlend: 0).Fit(data).Classifier;
        var plain = new SentimentModel(classifier, 0, lexiconBlend: 0);
        var blended = new SentimentModel(classifier, 0, lexiconBlend: 0.4, lexiconScale: 2);

        // "very good but dull": positive 1.5 x 0.5 = 0.75, negative 1.5, so s = -0.75; two classes: score = P(pos) - P(neg).
        double q = 1 / (1 + Math.Exp(-2 * -0.75));
        double expected = 0.6 * plain.Score("very good but dull") + 0.4 * (2 * q - 1);
        Assert.Equal(expected, blended.Score("very good but dull"), 12);

        // "not bad": s = +0.74 (a negated negative word counts 0.74 the other way).
        q = 1 / (1 + Math.Exp(-2 * 0.74));
        Assert.Equal(0.6 * plain.Score("not bad") + 0.4 * (2 * q - 1), blended.Score("not bad"), 6);

        // No lexicon word: the classifier's split is kept.
        Assert.Equal(plain.Score("the shoes fit"), blended.Score("the shoes fit"));
    }

    [Fact]
    public void SentimentModel_BlendLeavesTheNeutralProbabilityAlone()
    {
        LabeledUtterance[] data =
        [
            new("good shoes", "positive"), new("great fit", "positive"), new("bad shoes", "negative"), new("dull fit", "negative"),
            new("where is my order", "neutral"), new("what sizes do you have", "neutral"), new("do you ship to spain", "neutral"),
        ];
        var classifier = new SentimentTrainer(SentimentTrainer.OptionsWith(Rules), lexiconBlend: 0).Fit(data).Classifier;
        var plain = new SentimentModel(classifier, 0.3, lexiconBlend: 0);
        var fullLexicon = new SentimentModel(classifier, 0.3, lexiconBlend: 1, lexiconScale: 1);
        Span<double> logp = stackalloc double[3];
        classifier.PredictLogProba("where is my good order", logp);
        double neutral = Math.Exp(logp[classifier.Labels.ToList().IndexOf("neutral")]);
        // With blend 1 the polar mass 1 - P(neutral) is split by the lexicon alone: s = 1, score = (1 - P(neutral)) (2 sigma(1) - 1).
        Assert.Equal((1 - neutral) * (2 / (1 + Math.Exp(-1)) - 1), fullLexicon.Score("where is my good order"), 6);
        Assert.Equal(plain.Analyze("where is my order").Label, fullLexicon.Analyze("where is my order").Label);
    }

    [Theory]
    [InlineData(-0.1, 1)]
    [InlineData(1.5, 1)]
    [InlineData(0.2, 0)]
    [InlineData(0.2, double.PositiveInfinity)]
    public void SentimentModel_RejectsBadBlendSettings(double blend, double scale)
    {
        var classifier = new SentimentTrainer(SentimentTrainer.OptionsWith(Rules)).Fit([new("good", "positive"), new("bad", "negative")]).Classifier;
        Assert.Throws<ArgumentException>(() => new SentimentModel(classifier, 0.3, blend, scale));
    }
}
