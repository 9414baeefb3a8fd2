using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Intents;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The lazily ranked intent list must equal a full descending sort with ties in label order.</summary>
public sealed class RankedIntentsTests
{
    [Fact]
    public void Ranking_MatchesFullSort_IncludingTiesAndRanksBeyondTheHead()
    {
        var rng = new Random(3);
        int c = 40;
        var labels = Enumerable.Range(0, c).Select(i => $"intent_{i:D2}").ToArray();
        // Rounded values force ties, which must keep label order.
        var p = Enumerable.Range(0, c).Select(_ => Math.Round(rng.NextDouble(), 1)).ToArray();
        var expected = Enumerable.Range(0, c).OrderByDescending(i => p[i]).ThenBy(i => i).Select(i => new IntentScore(labels[i], p[i])).ToArray();

        var ranked = new RankedIntents(labels, p);

        Assert.Equal(c, ranked.Count);
        Assert.Equal(expected[..8], ranked.Take(8));
        Assert.Equal(expected, ranked);
        Assert.Equal(expected[20], ranked[20]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ranked[c]);
    }

    [Fact]
    public void Ranking_WorksWithFewerClassesThanTheHead()
    {
        var ranked = new RankedIntents(["a", "b", "c"], [0.2, 0.5, 0.3]);
        Assert.Equal([new IntentScore("b", 0.5), new IntentScore("c", 0.3), new IntentScore("a", 0.2)], ranked);
    }
}
