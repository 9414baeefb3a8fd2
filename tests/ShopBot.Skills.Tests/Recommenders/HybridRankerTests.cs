using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Tests.Recommenders;

public class HybridRankerTests
{
    private static readonly bool[] AllEligible = [true, true, true, true];

    [Fact]
    public void Rank_IsTheWeightedMeanOfMinMaxNormalisedSignals()
    {
        var ranker = new HybridRanker(new HybridRankerOptions
        {
            CollaborativeWeight = 3, FactorizationWeight = 0, ContentWeight = 0, PopularityWeight = 1, DiversityLambda = 1,
        });
        var signals = new RankingSignals { Collaborative = [0, 2, 4, 4], Popularity = [10, 30, 20, double.NaN] };

        var ranked = ranker.Rank(signals, AllEligible, 4);

        // item 0: (3*0 + 1*0) / 4 = 0; item 1: (3*0.5 + 1*1) / 4 = 0.625; item 2: (3*1 + 1*0.5) / 4 = 0.875;
        // item 3: popularity unknown, so CF alone: 1.
        Assert.Equal([3, 2, 1, 0], ranked.Select(r => r.Index));
        Assert.Equal([1.0, 0.875, 0.625, 0.0], ranked.Select(r => r.Score));
        Assert.Equal(RankingSignal.Collaborative, ranked[2].Dominant); // 3 * 0.5 > 1 * 1
        Assert.Equal(RankingSignal.Popularity, new HybridRanker(new HybridRankerOptions { CollaborativeWeight = 1, PopularityWeight = 1, FactorizationWeight = 0, ContentWeight = 0 })
            .Rank(signals, AllEligible, 4).Single(r => r.Index == 1).Dominant); // 1 * 1 > 1 * 0.5
    }

    [Fact]
    public void Rank_SkipsIneligibleItems()
    {
        var ranked = new HybridRanker().Rank(new RankingSignals { Popularity = [4, 3, 2, 1] }, [false, true, false, true], 5);

        Assert.Equal([1, 3], ranked.Select(r => r.Index));
    }

    [Fact]
    public void Mmr_ReplacesANearDuplicateWithADifferentItem()
    {
        var signals = new RankingSignals { Popularity = [1.0, 0.95, 0.5, 0.0] };
        double Similarity(int a, int b) => (a, b) is (0, 1) or (1, 0) ? 1 : 0;

        var plain = new HybridRanker(new HybridRankerOptions { DiversityLambda = 1 }).Rank(signals, AllEligible, 2, Similarity);
        var diverse = new HybridRanker(new HybridRankerOptions { DiversityLambda = 0.5 }).Rank(signals, AllEligible, 2, Similarity);

        Assert.Equal([0, 1], plain.Select(r => r.Index));
        // Second pick: item 1 = 0.5 * 0.95 - 0.5 * 1 = -0.025; item 2 = 0.5 * 0.5 - 0 = 0.25.
        Assert.Equal([0, 2], diverse.Select(r => r.Index));
    }

    [Fact]
    public void Rank_RejectsMisalignedSignalsAndBadOptions()
    {
        Assert.Throws<ArgumentException>(() => new HybridRanker().Rank(new RankingSignals { Popularity = [1, 2] }, AllEligible, 2));
        Assert.Throws<ArgumentException>(() =>
            new HybridRanker(new HybridRankerOptions { DiversityLambda = 2 }).Rank(new RankingSignals(), AllEligible, 2));
    }
}
