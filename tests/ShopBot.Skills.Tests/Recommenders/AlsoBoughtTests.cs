using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class AlsoBoughtTests
{
    // Buyers: maker+grinder: 3 shoppers; maker+mug: 2; mug alone: 3; grinder alone: 1. N = 9 buyers.
    // n(maker) = 5, n(grinder) = 4, n(mug) = 5.
    private static InteractionMatrix Purchases()
    {
        var list = new List<Interaction>();
        for (var u = 0; u < 3; u++) { list.Add(new($"a{u}", "maker", 1)); list.Add(new($"a{u}", "grinder", 1)); }
        for (var u = 0; u < 2; u++) { list.Add(new($"b{u}", "maker", 1)); list.Add(new($"b{u}", "mug", 1)); }
        for (var u = 0; u < 3; u++) list.Add(new($"c{u}", "mug", 1));
        list.Add(new("d0", "grinder", 1));
        return InteractionMatrix.Build(list);
    }

    [Fact]
    public void Cosine_IsCoPurchasesOverGeometricMeanOfBuyers()
    {
        var partners = new AlsoBoughtTrainer().Fit(Purchases()).For("maker", 5);

        Assert.Equal(["grinder", "mug"], partners.Select(p => p.ItemId));
        Assert.Equal(3, partners[0].CoPurchases);
        Assert.Equal(3 / Math.Sqrt(5 * 4), partners[0].Score, 12); // 0.6708
        Assert.Equal(2 / Math.Sqrt(5 * 5), partners[1].Score, 12); // 0.4
    }

    [Fact]
    public void Lift_ComparesWithChance()
    {
        var partners = new AlsoBoughtTrainer(new AlsoBoughtOptions { Normalization = CoPurchaseNormalization.Lift }).Fit(Purchases()).For("maker", 5);

        Assert.Equal(3.0 * 9 / (5 * 4), partners[0].Score, 12); // 1.35: bought together more than by chance
        Assert.Equal(2.0 * 9 / (5 * 5), partners[1].Score, 12); // 0.72: less than by chance
    }

    [Fact]
    public void MinCoPurchases_DropsRarePairs()
    {
        var partners = new AlsoBoughtTrainer(new AlsoBoughtOptions { MinCoPurchases = 3 }).Fit(Purchases()).For("maker", 5);

        Assert.Equal(["grinder"], partners.Select(p => p.ItemId));
        Assert.Empty(new AlsoBoughtTrainer().Fit(Purchases()).For("unknown", 5));
        Assert.Throws<ArgumentException>(() => new AlsoBoughtTrainer(new AlsoBoughtOptions { MaxPerItem = 0 }).Fit(Purchases()));
    }
}
