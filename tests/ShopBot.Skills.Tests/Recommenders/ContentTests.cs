using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class ContentTests
{
    private static ItemInfo Item(string id, string name) => new(id, name, "", "", 10m, true);

    [Fact]
    public void TfIdf_CosineMatchesHandComputation()
    {
        var model = new ContentTrainer().Fit([Item("A", "red lamp"), Item("B", "blue lamp"), Item("C", "red mug")]);

        // N = 3; df(red) = df(lamp) = 2, df(blue) = 1; idf = ln((1 + N) / (1 + df)) + 1.
        var shared = Math.Log(4.0 / 3.0) + 1;
        var rare = Math.Log(4.0 / 2.0) + 1;
        // A = (red, lamp) = (shared, shared) / (sqrt(2) shared); B = (blue, lamp) = (rare, shared) / sqrt(rare^2 + shared^2).
        var expected = 1 / Math.Sqrt(2) * shared / Math.Sqrt(rare * rare + shared * shared); // = 0.42804...
        Assert.Equal(expected, model.Similarity(0, 1), 12);
        Assert.Equal(0.428, expected, 3);
        Assert.Equal(1.0, model.Similarity(0, 0), 12);
        Assert.Equal(0.0, model.Similarity(1, 2), 12); // blue lamp vs red mug: no shared word
    }

    [Fact]
    public void Profile_FavoursItemsLikeTheHistory()
    {
        var model = new ContentTrainer().Fit(
        [
            Item("A", "red lamp"), Item("B", "red mug"), Item("C", "red chair"), Item("D", "blue chair"),
        ]);
        var scores = new double[4];

        model.Score([0, 1], [1.0, 1.0], new double[model.VocabularySize], scores);

        Assert.True(scores[2] > scores[3], $"red chair {scores[2]:F3} vs blue chair {scores[3]:F3}");
        Assert.All(scores, s => Assert.InRange(s, 0, 1 + 1e-12));
    }

    [Fact]
    public void FieldsAndAttributesAreFeatures()
    {
        var model = new ContentTrainer().Fit(
        [
            new("a", "Desk Lamp", "Lighting", "Lumo", 40m, true, new Dictionary<string, string> { ["colour"] = "Black" }),
            new("b", "Floor Lamp", "Lighting", "Lumo", 90m, true, new Dictionary<string, string> { ["colour"] = "Black" }),
            new("c", "Floor Lamp", "Lighting", "Other", 90m, true, new Dictionary<string, string> { ["colour"] = "White" }),
        ]);

        Assert.Equal("b", model.MostSimilar("a", 1)[0].ItemId);
        Assert.Empty(model.MostSimilar("missing", 3));
    }

    [Fact]
    public void Tokenizer_LowercasesSplitsAndDropsStopWords()
    {
        Assert.Equal(["usb", "charger", "phone", "2a"], ContentTokenizer.Tokens("USB-Charger for the Phone (2A) x").ToArray());
    }

    [Fact]
    public void Fit_RejectsDuplicateIds()
    {
        Assert.Throws<ArgumentException>(() => new ContentTrainer().Fit([Item("A", "x"), Item("A", "y")]));
    }
}
