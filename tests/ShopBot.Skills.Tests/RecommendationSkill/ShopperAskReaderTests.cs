using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.Recommendations;
using static ShopBot.Skills.Tests.RecommendationSkill.RecommendChat;

namespace ShopBot.Skills.Tests.RecommendationSkill;

public sealed class ShopperAskReaderTests
{
    private readonly ShopperAskReader _reader = new(new RecommendationOptions());

    private ShopperAsk Read(string text, params EntityMatch[] entities) => _reader.Read(text, [.. entities.Select(e => At(e, text))]);

    [Fact]
    public void A_single_amount_after_under_is_an_upper_bound_and_short_typo_matches_are_ignored()
    {
        const string text = "can you recommend some headphones under 100 pounds";
        var ask = Read(text, List("product_type", "can", "headphones", typos: 1), List("product_type", "headphones", "headphones"), Currency("100 pounds", 100m));
        Assert.Equal(new ShopperAsk(ProductType: "headphones", MaxCents: 10_000), ask);
    }

    [Fact]
    public void Between_two_amounts_is_a_range_and_in_stock_is_not_socks()
    {
        const string text = "recommend a lamp between £20 and £40.50 from Sonara in stock";
        var ask = Read(text, List("product_type", "lamp", "lamp"), Currency("£20", 20m), Currency("£40.50", 40.50m),
            new EntityMatch("Sonara", 0, 5, "brand", new Dictionary<string, object?> { ["value"] = "Sonara" }), List("product_type", "stock", "socks", typos: 1));
        Assert.Equal(new ShopperAsk(ProductType: "lamp", Brand: "Sonara", MinCents: 2_000, MaxCents: 4_050, InStockOnly: true), ask);
    }

    [Theory]
    [InlineData("something over £30", 3_000L, null)]
    [InlineData("a gift for £25", null, 2_500L)]
    [InlineData("at least £15 but less than £45", 1_500L, 4_500L)]
    public void The_word_before_an_amount_gives_its_direction(string text, long? min, long? max)
    {
        var amounts = System.Text.RegularExpressions.Regex.Matches(text, @"£\d+").Select(m => Currency(m.Value, decimal.Parse(m.Value[1..], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var ask = Read(text, amounts);
        Assert.Equal((min, max), (ask.MinCents, ask.MaxCents));
    }

    [Fact]
    public void A_plain_number_counts_only_after_a_price_cue()
    {
        var number = new EntityMatch("50", 0, 1, "number", new Dictionary<string, object?> { ["value"] = "50", ["subtype"] = "integer" });
        Assert.Equal(5_000, Read("anything under 50", number).MaxCents);
        Assert.Null(Read("show me 50 ideas", number).MaxCents);
    }

    [Theory]
    [InlineData("more like the second one", 2, true)]
    [InlineData("the first one", 1, false)]
    [InlineData("something similar to the last one", -1, true)]
    [InlineData("cheaper", null, false)]
    public void Ordinals_are_found_even_when_the_nlu_kept_a_date(string text, int? ordinal, bool similar)
    {
        var ask = Read(text);
        Assert.Equal(ordinal, ask.Ordinal);
        Assert.Equal(similar, ask.Similar);
        Assert.Equal(text == "cheaper", ask.Cheaper);
        Assert.True(ask.IsFollowUp);
    }

    [Fact]
    public void A_colour_alone_refines_while_a_new_product_type_does_not()
    {
        Assert.True(Read("in black", List("colour", "black", "black")).IsRefinement);
        Assert.False(Read("black headphones", List("colour", "black", "black"), List("product_type", "headphones", "headphones")).IsRefinement);
        Assert.False(Read("what would you suggest as a gift").IsFollowUp);
    }
}
