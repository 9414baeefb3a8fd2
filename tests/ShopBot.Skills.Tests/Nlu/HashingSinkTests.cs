using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The character n-gram ids of a token are the same from the stack-copy path and the one-char-at-a-time path for long tokens.</summary>
public sealed class HashingSinkTests
{
    [Theory]
    [InlineData("a", 3, 5)]
    [InlineData("ab", 3, 5)]
    [InlineData("order", 3, 5)]
    [InlineData("refund", 2, 8)]
    [InlineData("internationalisation", 3, 5)]
    public void StackCopyPath_GivesTheIdsOfTheCharByCharPath(string token, int min, int max)
    {
        var options = new FeaturizerOptions { MinCharNgram = min, MaxCharNgram = max };
        // A small start buffer, so both paths also have to grow it.
        var fast = new HashingSink(options, new int[4]);
        fast.OnRawToken(token);
        var plain = new HashingSink(options, new int[4]);
        plain.LongToken(token);
        Assert.Equal(plain.Buffer.AsSpan(0, plain.Count).ToArray(), fast.Buffer.AsSpan(0, fast.Count).ToArray());
        Assert.Equal(Enumerable.Range(min, max - min + 1).Sum(n => Math.Max(0, token.Length + 3 - n)), fast.Count);
    }

    [Fact]
    public void LongTokens_AreHashedWithoutTheStackCopy_AndGiveEveryNgram()
    {
        var token = new string('x', 200) + "yz";
        var sink = new HashingSink(new FeaturizerOptions { MinCharNgram = 3, MaxCharNgram = 5 }, new int[8]);
        sink.OnRawToken(token);
        // n = 3, 4, 5 over the 204 marked chars.
        Assert.Equal(202 + 201 + 200, sink.Count);
    }
}
