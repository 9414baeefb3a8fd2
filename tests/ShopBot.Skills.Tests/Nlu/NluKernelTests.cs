using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The hot-path kernels (stem cache, blocked 8-bit scoring, vectorised log-softmax) against plain definitions.</summary>
public sealed class NluKernelTests
{
    [Fact]
    public void StemCache_GivesTheStemmerResult_OnFirstSightRepeatsAndSlotCollisions()
    {
        // 6000 distinct words for 4096 slots: many slots are overwritten, and every word is looked up twice.
        var cache = new StemCache();
        var words = new List<string> { "running", "happy", "generalization", "cancelled", "skies", "a", "supercalifragilisticexpialidocious" };
        for (int i = 0; i < 6000; i++) words.Add("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 3 == 0 ? "ing" : i % 3 == 1 ? "ies" : "ational"));
        Span<char> buffer = stackalloc char[64];
        foreach (var pass in new[] { 0, 1 })
        {
            foreach (var word in words)
            {
                int n = cache.Stem(word, buffer);
                Assert.Equal(PorterStemmer.Stem(word), new string(buffer[..n]));
            }
        }
        Assert.Equal("run", new string(buffer[..cache.Stem("running", buffer)]));
        Assert.Equal("happi", new string(buffer[..cache.Stem("happy", buffer)]));
    }

    [Fact]
    public void StemCache_RejectsAShortOutputBuffer() =>
        Assert.Throws<ArgumentException>(() => new StemCache().Stem("running", new char[3]));

    [Fact]
    public void QuantizedScoring_EqualsHandComputedSums()
    {
        // 3 feature rows of stride 32 (classes 0..31); only classes 0, 1 and 31 are non-zero.
        var w = new sbyte[3 * 32];
        w[0] = 2; w[1] = -1; w[31] = 127;            // row 0
        w[32 + 0] = 10; w[32 + 31] = -5;             // row 1
        w[64 + 1] = 4;                               // row 2 (not used by the message)
        float[] scales = [0.5f, 0.1f, 1f];
        int[] indices = [0, 1, 7];                   // feature 7 is beyond featureCount and ignored
        float[] values = [2f, 3f, 100f];
        var acc = new float[32];
        QuantizedScoring.Accumulate(acc, w, scales, 32, 3, indices, values);
        // class 0: 2·0.5·2 + 3·0.1·10 = 5; class 1: 2·0.5·(−1) = −1; class 31: 2·0.5·127 + 3·0.1·(−5) = 125.5.
        Assert.Equal(5f, acc[0], 5);
        Assert.Equal(-1f, acc[1], 5);
        Assert.Equal(125.5f, acc[31], 4);
        for (int y = 2; y < 31; y++) Assert.Equal(0f, acc[y]);
    }

    [Fact]
    public void QuantizedScoring_OddStrideUsesTheRowByRowPath()
    {
        var w = new sbyte[] { 1, 2, 3, -4, -5, -6 };
        var acc = new float[3];
        QuantizedScoring.Accumulate(acc, w, [1f, 0.5f], 3, 2, [1, 0], [2f, 1f]);
        Assert.Equal([1f - 4f, 2f - 5f, 3f - 6f], acc);
    }

    [Fact]
    public void LogNormalize_MatchesHandComputedLogSoftmax_AcrossVectorAndTailLanes()
    {
        // Nine scores: ln 1 ×6, ln 2, ln 3, ln 4 (plus a constant 5 that cancels); the sum of exp is 6 + 2 + 3 + 4 = 15.
        var scores = new double[9];
        for (int i = 0; i < 6; i++) scores[i] = 5;
        scores[6] = 5 + Math.Log(2);
        scores[7] = 5 + Math.Log(3);
        scores[8] = 5 + Math.Log(4);
        LogMath.LogNormalize(scores);
        Assert.Equal(Math.Log(1.0 / 15), scores[0], 12);
        Assert.Equal(Math.Log(2.0 / 15), scores[6], 12);
        Assert.Equal(Math.Log(4.0 / 15), scores[8], 12);
    }

    [Fact]
    public void Exp_MatchesMathExp_InVectorAndTailLanes()
    {
        double[] x = [0, 1, -1, Math.Log(2), -50, 3.5, Math.Log(0.25), double.NegativeInfinity, -0.125];
        var y = new double[x.Length];
        LogMath.Exp(x, y);
        Assert.Equal(1.0, y[0], 14);
        Assert.Equal(Math.E, y[1], 14);
        Assert.Equal(2.0, y[3], 14);
        Assert.Equal(0.25, y[6], 14);
        Assert.Equal(0.0, y[7]);
        for (int i = 0; i < x.Length; i++) Assert.Equal(Math.Exp(x[i]), y[i], 1e-15 * Math.Max(1, Math.Exp(x[i])) * 10);
        Assert.Throws<ArgumentException>(() => LogMath.Exp(x, new double[3]));
    }

    [Fact]
    public void LogNormalize_RejectsEmptyInput() => Assert.Throws<ArgumentException>(() => LogMath.LogNormalize(Span<double>.Empty));
}
