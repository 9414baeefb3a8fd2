using ShopBot.Skills.Skills.Recommendations;
using ShopBot.Skills.Tests.Rendering;

namespace ShopBot.Skills.Tests.RecommendationSkill;

public class RecommendationVocabularyTests
{
    private static readonly RecommendationVocabulary Vocabulary = RecommendationVocabulary.FromDirectory(Path.Combine(LgRendererTests.FindRepositoryRoot(), "dialogs", "entities"));

    [Fact]
    public void AWateringCan_IsNotHeadphones_ThoughCansIsSlangForThem()
    {
        // Regression: "headphones under £200" showed watering cans, because "Can" matched "cans" within one typo.
        Assert.NotEqual("headphones", Vocabulary.ProductType("Heritage Watering Can"));
        Assert.Equal("headphones", Vocabulary.ProductType("Compact Wireless Headphones, Black"));
        Assert.Null(Vocabulary.ProductType("Noise-Cancelling Headphone Amplifier"));
    }
}
