using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;
using ShopBot.Skills.Nlu.Sentiment;
using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The shipped sentiment model (dialogs/sentiment plus neutral shop questions) on messages it never saw.</summary>
public sealed class SentimentNeutralTests
{
    private static readonly string Dialogs = Path.Combine(Rendering.LgRendererTests.FindRepositoryRoot(), "dialogs");

    internal static readonly string SentimentData = Path.Combine(Dialogs, "sentiment");

    internal static readonly Lazy<PolarityLexicon> Lexicon = new(() => PolarityLexicon.Load(Path.Combine(SentimentData, SentimentTrainer.LexiconFileName)));

    internal static readonly Lazy<SentimentModel> Shipped = new(() =>
    {
        var polar = SentimentDataLoader.Load(SentimentData);
        var intents = LabeledDataLoader.Load(Path.Combine(Dialogs, "intents"));
        // As the product trains it (NluModels): with the polarity word lists.
        return new SentimentTrainer(SentimentTrainer.OptionsWith(Lexicon.Value)).Fit([.. polar, .. NeutralExamples.Select(intents)]);
    });

    /// <summary>The upset detector as the product trains it (NluModels): shop messages marked upset against calm ones.</summary>
    internal static readonly Lazy<UpsetDetector> ShippedUpset = new(() =>
    {
        var intents = LabeledDataLoader.Load(Path.Combine(Dialogs, "intents"));
        var shop = UpsetDetector.ShopMessages(Directory.GetFiles(SentimentData, "*.csv").Order(StringComparer.Ordinal));
        return UpsetDetector.Fit(shop, intents, SentimentTrainer.OptionsWith(Lexicon.Value));
    });

    public static TheoryData<string> PlainQuestions =>
    [
        "what is your return policy",
        "where is my order 100234",
        "do you ship to canada",
        "how much is the blue hoodie",
        "can i pay with paypal",
        "when will my parcel arrive",
        "how do i change my password",
        "is the desk lamp in stock",
        "what sizes does the rain jacket come in",
        "can i get an invoice for order 100452",
    ];

    // Replies and greetings the training data does not contain as written.
    public static TheoryData<string> ConversationalTurns =>
    [
        "okay then, bye",
        "no thanks, i'm fine",
        "nope, that's all",
        "see you around",
        "no, not now",
        "sure, go on",
        "bye for today",
        "hello again, quick question",
        "maybe later",
        "wait a second",
        "not sure about that",
        "hold on a moment",
        "perhaps tomorrow",
        "let me think about it",
    ];

    public static TheoryData<string> Angry =>
    [
        "this is the worst shop ever, my parcel is late again and nobody answers",
        "i am furious, you charged me twice for the same order",
        "terrible service, i want my money back right now",
        "the blender arrived broken and i'm really disappointed",
        "😡😡 where is my parcel", // the emoji alone carries the feeling of a plain question
        "my order still hasn't come 😠",
    ];

    public static TheoryData<string> Happy =>
    [
        "thank you so much, brilliant service",
        "i love the jacket, it fits perfectly",
        "excellent, the refund arrived really quickly",
    ];

    [Theory]
    [MemberData(nameof(PlainQuestions))]
    public void PlainShopQuestions_AreNeutral(string text)
    {
        var r = Shipped.Value.Analyze(text);
        Assert.True(r.Label == SentimentModel.Neutral, $"'{text}' -> {r.Label} {r.Score:F2}");
        Assert.InRange(r.Score, -0.5, 0.5);
    }

    [Theory]
    [InlineData("the hoodie fits", "😀", 0.2)]
    [InlineData("parcel arrived this morning", "😊", 0.1)] // 0.14 measured since calm statements about parcels ("nothing has arrived yet") joined the neutral examples; 0.2 and more before
    [InlineData("where is my parcel", "😡😡", -0.3)]
    [InlineData("i'm waiting for the refund", "😤", -0.3)]
    public void Emoji_CarryTheWritersFeeling(string plain, string emoji, double shift)
    {
        double without = Shipped.Value.Score(plain), with = Shipped.Value.Score($"{plain} {emoji}");
        Assert.True(shift > 0 ? with - without >= shift : with - without <= shift, $"'{plain}' {without:F2} -> with {emoji} {with:F2}");
    }

    [Theory]
    [MemberData(nameof(ConversationalTurns))]
    public void ConversationalTurns_DoNotLookLikeFeelings(string text)
    {
        // At -0.6 the bot offers a person (HandoffOptions.NegativeSentimentThreshold); a plain reply must stay well clear.
        var r = Shipped.Value.Analyze(text);
        Assert.InRange(r.Score, -0.4, 0.5);
    }

    [Theory]
    [MemberData(nameof(Angry))]
    public void AngryMessages_StayNegative(string text)
    {
        var r = Shipped.Value.Analyze(text);
        Assert.True(r.Label == SentimentModel.Negative, $"'{text}' -> {r.Label} {r.Score:F2}");
    }

    [Theory]
    [MemberData(nameof(Happy))]
    public void HappyMessages_StayPositive(string text)
    {
        var r = Shipped.Value.Analyze(text);
        Assert.True(r.Label == SentimentModel.Positive, $"'{text}' -> {r.Label} {r.Score:F2}");
    }

    [Fact]
    public void NeutralExamples_TakePlainQuestionsAndSkipFeelings()
    {
        var picked = NeutralExamples.Select(
        [
            new LabeledUtterance("where is my parcel", "track_order"),
            new LabeledUtterance("where is my parcel!!", "track_order"),
            new LabeledUtterance("my parcel is late, where is it", "track_order"),
            new LabeledUtterance("your service is terrible", "complaint"),
            new LabeledUtterance("thanks a lot", "thank_you"),
        ]);
        Assert.Equal([new LabeledUtterance("where is my parcel", SentimentModel.Neutral)], picked);
    }

    [Fact]
    public void ThreeClassModel_ScoreIsPositiveMinusNegative()
    {
        LabeledUtterance[] data =
        [
            new("good great", SentimentModel.Positive), new("great good nice", SentimentModel.Positive),
            new("bad awful", SentimentModel.Negative), new("awful bad poor", SentimentModel.Negative),
            new("where is it", SentimentModel.Neutral), new("where is the box", SentimentModel.Neutral),
        ];
        var model = new SentimentTrainer().Fit(data);
        Assert.True(model.HasNeutralClass);
        Span<double> logp = stackalloc double[3];
        model.Classifier.PredictLogProba("great box", logp);
        var labels = model.Classifier.Labels.ToList();
        double expected = Math.Exp(logp[labels.IndexOf("positive")]) - Math.Exp(logp[labels.IndexOf("negative")]);
        Assert.Equal(expected, model.Score("great box"), 12);
        Assert.Equal(SentimentModel.Neutral, model.Analyze("where is it").Label);
        Assert.Equal(SentimentModel.Positive, model.Analyze("good great").Label);
        Assert.Equal(SentimentModel.Negative, model.Analyze("bad awful").Label);
        Assert.Throws<ArgumentException>(() => new SentimentTrainer().Fit([new("meh", "neutral"), new("good", "positive")]));
        Assert.Throws<ArgumentException>(() => new SentimentTrainer().Fit([new("meh", "mixed"), new("good", "positive"), new("bad", "negative")]));
    }

    [Fact]
    public void Shouting_ReadsAngrierThanTheSameWordsTypedCalmly()
    {
        double calm = Shipped.Value.Score("where is my parcel"), shouted = Shipped.Value.Score("WHERE IS MY PARCEL???");
        Assert.True(calm > -0.3 && shouted < calm - 0.3, $"calm {calm:F2}, shouted {shouted:F2}");
    }

    [Fact]
    public void UpsetDetector_TrainsOnMarkedShopMessages_AndRefusesOneClass()
    {
        var rows = ShopBot.Skills.Nlu.Evaluation.SentimentEvaluator.Parse(
            "text,label,upset\nWHERE IS MY REFUND???,negative,yes\nthis is a disgrace,negative,yes\nbit of a shame,negative,no\nlovely thanks,positive,no\n");
        var examples = UpsetDetector.Examples(rows, ["where is my order", "can i pay by card"]);
        Assert.Equal([UpsetDetector.Upset, UpsetDetector.Upset, UpsetDetector.Calm, UpsetDetector.Calm, UpsetDetector.Calm, UpsetDetector.Calm], examples.Select(e => e.Label));
        var detector = UpsetDetector.Fit(examples, SentimentTrainer.DefaultOptions);
        Assert.True(detector.Probability("this is a disgrace") > detector.Probability("where is my order"));
        Assert.Equal(0, detector.Probability("  "));
        Assert.Throws<ArgumentException>(() => UpsetDetector.Fit(UpsetDetector.Examples([], ["hello"]), SentimentTrainer.DefaultOptions));
    }

    /// <summary>Percentage of reviews whose score has the sign of their label (the review files have no neutral rows).</summary>
    internal static double ReviewAccuracy(SentimentModel model, IReadOnlyList<LabeledUtterance> reviews) =>
        100.0 * reviews.Count(t => model.Score(t.Text) > 0 == (t.Label == SentimentModel.Positive)) / reviews.Count;

    public static TheoryData<string, string, string, double> Transfers => new()
    {
        // Measured 84.1, 86.9 and 85.3 when these floors were set (README, sentiment table); a floor sits 1.5 points under.
        { "amazon-reviews.csv", "yelp-reviews.csv", "imdb-reviews.csv", 82.5 },
        { "imdb-reviews.csv", "yelp-reviews.csv", "amazon-reviews.csv", 85.0 },
        { "amazon-reviews.csv", "imdb-reviews.csv", "yelp-reviews.csv", 83.5 },
    };

    [Theory]
    [MemberData(nameof(Transfers))]
    public void ShippedSettings_TransferToAReviewDomainTheyNeverSaw(string first, string second, string unseen, double floor)
    {
        var train = SentimentDataLoader.Load(Path.Combine(SentimentData, first)).Concat(SentimentDataLoader.Load(Path.Combine(SentimentData, second))).ToArray();
        var test = SentimentDataLoader.Load(Path.Combine(SentimentData, unseen));
        var model = new SentimentTrainer(SentimentTrainer.OptionsWith(Lexicon.Value)).Fit(train);
        double accuracy = ReviewAccuracy(model, test);
        Assert.True(accuracy >= floor, $"{first}+{second} -> {unseen}: {accuracy:F1}% (floor {floor})");
    }

    [Fact]
    public void ReviewFiles_AreTheThreeBalancedUciDomains()
    {
        foreach (var name in new[] { "amazon-reviews.csv", "imdb-reviews.csv", "yelp-reviews.csv" })
        {
            var rows = SentimentDataLoader.Load(Path.Combine(SentimentData, name));
            Assert.Equal(1000, rows.Count);
            Assert.Equal(500, rows.Count(r => r.Label == SentimentModel.Positive));
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        }
    }
}
