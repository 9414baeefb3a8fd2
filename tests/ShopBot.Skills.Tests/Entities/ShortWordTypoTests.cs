using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Tests.Entities;

/// <summary>A typo is only forgiven in words long enough to have one: a three-letter word is not a misspelt four-letter synonym.</summary>
public class ShortWordTypoTests
{
    private static readonly DateTime Ref = new(2024, 5, 15, 10, 0, 0);

    [Theory]
    [InlineData("what can I pair with the desk lamp")]
    [InlineData("can you help")]
    [InlineData("is the hoodie back in stock")]
    [InlineData("show me a good deal in the sale")]
    [InlineData("how much does shipping cost, tell the team")]
    [InlineData("what kind of text shows my cat is safe")]
    public void Common_words_are_not_typos_of_colours_or_product_types(string text)
    {
        var lists = LuListParser.LoadDirectory(ShopEntityTests.DialogsEntities());
        var found = new ListEntityRecognizer(lists).Recognize(text, "en-us", Ref);
        Assert.DoesNotContain(found, e => e.Resolution.TryGetValue("typos", out var typos) && Convert.ToInt32(typos, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void The_synonym_itself_and_longer_typos_still_match()
    {
        var lists = LuListParser.LoadDirectory(ShopEntityTests.DialogsEntities());
        var recognizer = new ListEntityRecognizer(lists);
        Assert.Contains(recognizer.Recognize("any good cans?", "en-us", Ref), e => e.TypeName == "product_type" && (string?)e.Resolution["value"] == "headphones");
        Assert.Contains(recognizer.Recognize("wireless hedphones", "en-us", Ref), e => e.TypeName == "product_type" && (string?)e.Resolution["value"] == "headphones");
    }
}
