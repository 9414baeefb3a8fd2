using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Evaluation;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>
/// The shipped intent data, trained as the product trains it (static encoder, product fallback), on the held-out shop
/// utterances it never saw, on the same lines with synthetic typos, and on situations described without a request
/// ("the air fryer stopped heating"), on praise with nothing asked ("parcel came a day early, impressed"), on other
/// businesses' problems against this shop's ("my gym took two payments" / "my bank says you took the money twice") and
/// on the shop spoken to as "you", charges and delivery costs ("you overcharged me", "how much is postage") and on
/// practical questions (opening hours, ordering by phone, a lost receipt) and on staff questions ("how are the mugs
/// selling", "should we put the jumpers on sale"), written by other hands: a guard against data or model changes that
/// lose generalisation. The floors sit about 1.5-3 points (five or six messages) under what was measured when they were set.
/// </summary>
public sealed class HeldOutIntentTests
{
    private static readonly Lazy<IntentClassifierModel> Shipped = new(() =>
    {
        var intents = LabeledDataLoader.Load(Path.Combine(Rendering.LgRendererTests.FindRepositoryRoot(), "dialogs", "intents"));
        return new IntentClassifierTrainer(null, StaticSentenceEncoder.Shipped()).Fit(intents);
    });

    [Theory]
    [InlineData("shop-heldout.csv", 89.0)] // 91.3 measured (90.7-92.5 across data changes); 92.0-93.6 after dialogs/intents/statements.lu joined (92.3 with the emphasis marks)
    [InlineData("shop-heldout-typos.csv", 83.5)] // 86.1 measured (85.1-88.4); 86.9-88.2 after statements.lu joined (87.4 with the emphasis marks)
    [InlineData("shop-heldout-statements.csv", 85.0)] // 90.3 measured (85.1-86.9 with statements.lu's first two writers, 90.3 with the third; 53.1 before it); 87.4 once praise.lu joined (praise now competes for "the X is Y" lines), 86.9-89.1 since
    [InlineData("shop-heldout-praise.csv", 77.0)] // 81.9 measured with praise.lu (29.4 before it: praise went to return_item, complaint, even cancel_order); 80.0 with businesses.lu, 84.4 with direct.lu
    [InlineData("shop-heldout-businesses.csv", 73.0)] // 78.5 measured with businesses.lu (71.5 before it; out_of_scope recall 64.6 -> 78.0); 77.2 with direct.lu (recall 74.4), then 79.7 and 75.9 with practical.lu before and after its last 6 lines: its out_of_scope lines sit near the fallback, so this figure swings by 4 points with small data changes
    [InlineData("shop-heldout-direct.csv", 90.5)] // 93.9 measured with dialogs/intents/direct.lu (79.4 before it: "you overcharged me" and "how much is postage" went to out_of_scope); 93.3-95.2 with practical.lu
    [InlineData("shop-heldout-practical.csv", 92.0)] // 95.3 measured with dialogs/intents/practical.lu (62.7 before it: opening hours, ordering by phone and texts went to out_of_scope); 94.7 with staff.lu
    [InlineData("shop-heldout-staff.csv", 93.0)] // 97.5 measured with dialogs/intents/staff.lu (51.3 before it: 44 of 80 forecast and pricing questions went to out_of_scope)
    public void ShippedIntents_GeneraliseToUtterancesTheyNeverSaw(string file, double floor)
    {
        var test = LabeledDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "IntentsHeldout", file));
        var options = new ShopBot.Skills.Nlu.NluOptions();
        var report = NluEvaluator.Evaluate(Shipped.Value, test, options.Threshold, options.Margin);
        Assert.True(report.Accuracy * 100 >= floor, $"{file}: {report.Accuracy:P1} (floor {floor}%)");
    }

    [Theory]
    [InlineData("shop-heldout.csv")]
    [InlineData("shop-heldout-statements.csv")]
    [InlineData("shop-heldout-praise.csv")]
    [InlineData("shop-heldout-businesses.csv")]
    [InlineData("shop-heldout-direct.csv")]
    [InlineData("shop-heldout-practical.csv")]
    [InlineData("shop-heldout-staff.csv")]
    public void HeldOutSets_ShareNoUtteranceWithTheTrainingData(string file)
    {
        var training = LabeledDataLoader.Load(Path.Combine(Rendering.LgRendererTests.FindRepositoryRoot(), "dialogs", "intents"))
            .Select(u => HeldOutText.Key(u.Text)).ToHashSet(StringComparer.Ordinal);
        var test = LabeledDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "IntentsHeldout", file));
        Assert.NotEmpty(test);
        Assert.Empty(test.Where(u => training.Contains(HeldOutText.Key(u.Text))).Select(u => u.Text));
    }

    // Other organisations' charges are out_of_scope in the training data, and their words ("charged me twice") once
    // pulled the shop's own charges there too; a charge with nobody named, or by "you", is this shop's. None of these
    // lines is a training or held-out line.
    [Theory]
    [InlineData("you charged my card twice", "payment_issue")]
    [InlineData("you've overcharged me again", "payment_issue")]
    [InlineData("my phone company charged me twice", "out_of_scope")]
    [InlineData("how much is postage to wales", "delivery_options")]
    public void Charges_BelongToWhoeverMadeThem(string text, string intent) => AssertTopIntent(text, intent);

    [Theory]
    [InlineData("👍🏻", "affirm")] // a skin tone on the trained 👍
    [InlineData("no thanks ❌", "deny")]
    [InlineData("many thanks 🙏", "thank_you")]
    [InlineData("hey 👋", "greet")]
    public void Emoji_ReplyAsWordsDo(string text, string intent) => AssertTopIntent(text, intent);

    /// <summary>The shipped model's top intent for <paramref name="text"/> is <paramref name="intent"/>, above the product's fallback threshold.</summary>
    private static void AssertTopIntent(string text, string intent)
    {
        var top = Shipped.Value.Classify(text)[0];
        Assert.True(top.Name == intent && top.Confidence >= new ShopBot.Skills.Nlu.NluOptions().Threshold, $"'{text}' -> {top.Name} {top.Confidence:F2}");
    }
}
