using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Tests.Nlu;

public class IntentClassifierTests
{
    internal static IReadOnlyList<LabeledUtterance> Shop() =>
    [
        new("where is my order", "track_order"), new("track my parcel please", "track_order"), new("has my package shipped yet", "track_order"),
        new("when will my order arrive", "track_order"), new("status of my delivery", "track_order"), new("where's my stuff", "track_order"),
        new("cancel my order", "cancel_order"), new("i want to cancel the purchase", "cancel_order"), new("please cancel order 123", "cancel_order"),
        new("stop my order i don't want it", "cancel_order"), new("cancel it now", "cancel_order"), new("can i cancel what i bought", "cancel_order"),
        new("i want my money back", "get_refund"), new("refund please", "get_refund"), new("how do i get a refund", "get_refund"),
        new("give me a refund for the shoes", "get_refund"), new("i need a refund", "get_refund"), new("refund my payment", "get_refund"),
        new("hello", "greet"), new("hi there", "greet"), new("good morning", "greet"), new("hey", "greet"), new("hiya", "greet"), new("hello bot", "greet"),
        new("what is the capital of france", "out_of_scope"), new("tell me a joke", "out_of_scope"), new("who won the football", "out_of_scope"),
        new("what's the weather like", "out_of_scope"), new("play some music", "out_of_scope"), new("how tall is everest", "out_of_scope"),
    ];

    [Theory]
    [InlineData("nb")]
    [InlineData("lr")]
    [InlineData("ensemble")]
    public void Classify_RanksAllIntentsAndSumsToOne(string kind)
    {
        var model = new IntentClassifierTrainer(new IntentClassifierOptions { Classifier = kind }).Fit(Shop());
        var scores = model.Classify("where is my parcel");
        Assert.Equal("track_order", scores[0].Name);
        Assert.Equal(5, scores.Count);
        Assert.Equal(1.0, scores.Sum(s => s.Confidence), 6);
        Assert.True(scores.Zip(scores.Skip(1)).All(p => p.First.Confidence >= p.Second.Confidence));
        Assert.Equal("get_refund", model.Classify("i want a refund")[0].Name);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("lr")]
    [InlineData("ensemble")]
    public void SaveLoad_GivesIdenticalPredictions(string kind)
    {
        var model = new IntentClassifierTrainer(new IntentClassifierOptions { Classifier = kind }).Fit(Shop());
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = IntentClassifierModel.Load(ms);
        foreach (var text in new[] { "cancel my order", "hello there", "weather today?", "I didn't get a refund!!" })
            Assert.Equal(model.Classify(text), loaded.Classify(text));
    }

    [Fact]
    public void Load_RejectsOtherContent()
    {
        using var ms = new MemoryStream([1, 2, 3, 4, 5]);
        Assert.Throws<InvalidDataException>(() => IntentClassifierModel.Load(ms));
    }

    [Fact]
    public void Trainer_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new IntentClassifierTrainer().Fit([]));
        Assert.Throws<ArgumentException>(() => new IntentClassifierTrainer(new IntentClassifierOptions { Classifier = "svm" }).Fit(Shop()));
        Assert.Throws<ArgumentException>(() => new IntentClassifierTrainer().Fit([new LabeledUtterance("x", "")]));
    }

    [Fact]
    public void Fallback_ReturnsOutOfScope_WhenBelowThresholdOrWithinMargin()
    {
        IntentScore[] clear = [new("track_order", 0.8), new("cancel_order", 0.15), new("out_of_scope", 0.05)];
        IntentScore[] low = [new("track_order", 0.4), new("cancel_order", 0.1), new("out_of_scope", 0.5 - 0.01)];
        IntentScore[] close = [new("track_order", 0.52), new("cancel_order", 0.46), new("out_of_scope", 0.02)];
        Assert.Equal("track_order", IntentFallback.Choose(clear, 0.5, 0.1).Name);
        Assert.Equal(RecognizerResult.OutOfScope, IntentFallback.Choose(low, 0.5, 0.1).Name);
        Assert.Equal(RecognizerResult.OutOfScope, IntentFallback.Choose(close, 0.5, 0.1).Name);
        Assert.Equal("track_order", IntentFallback.Choose(close, 0.5, 0.05).Name);
        Assert.Equal("track_order", IntentFallback.Choose(low, 0.3, 0).Name);
    }
}
