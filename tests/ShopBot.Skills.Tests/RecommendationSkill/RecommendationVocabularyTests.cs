using ShopBot.Skills.Nlu.Entities.Shop;
using ShopBot.Skills.Skills.Recommendations;

namespace ShopBot.Skills.Tests.RecommendationSkill;

public sealed class RecommendationVocabularyTests
{
    private static readonly RecommendationVocabulary Vocabulary = new(LuListParser.Parse("""
        @ list colour =
            - blue: navy, azure
            - grey: charcoal
        @ list product_type =
            - headphones: headphone
            - lamp: desk lamp
        """));

    [Theory]
    [InlineData("Navy", "blue")]
    [InlineData("Charcoal", "grey")]
    [InlineData("Sand", "sand")]
    public void Catalogue_colours_map_to_the_canonical_values_shoppers_get(string colour, string canonical) =>
        Assert.Equal(canonical, Vocabulary.CanonicalColour(colour));

    [Theory]
    [InlineData("Compact Wireless Headphones", "headphones")]
    [InlineData("Relaxed Desk Lamp, Navy", "lamp")]
    [InlineData("Noise-Cancelling Headphone Amplifier", null)]
    [InlineData("Socks (3 pack)", null)]
    public void The_product_type_is_the_head_noun_of_the_name(string name, string? type) =>
        Assert.Equal(type, Vocabulary.ProductType(name));

    [Fact]
    public void Without_lists_colours_compare_lower_cased_and_there_are_no_types()
    {
        var empty = new RecommendationVocabulary([]);
        Assert.Equal("navy", empty.CanonicalColour("Navy"));
        Assert.Null(empty.ProductType("Wireless Headphones"));
    }
}
