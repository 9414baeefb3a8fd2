using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using ShopBot.Skills.Nlu.Intents;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The AVX-512 and AVX2 8-bit scoring kernels give the same floats as each other and the plain weighted row sum.</summary>
public sealed class QuantizedScoringTests
{
    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(160)]
    [InlineData(192)]
    [InlineData(352)]
    public void FusedKernels_AgreeBitForBit_AndMatchThePlainSum(int stride)
    {
        var rng = new Random(stride);
        const int Features = 700;
        var weights = new sbyte[Features * stride];
        rng.NextBytes(MemoryMarshal.AsBytes(weights.AsSpan()));
        var scales = new float[Features];
        for (int f = 0; f < Features; f++) scales[f] = (float)(rng.NextDouble() * 0.02);
        // 90 features as in a CLINC150 message, some repeated and some beyond the table (ignored).
        var indices = new int[90];
        var values = new float[90];
        for (int k = 0; k < indices.Length; k++)
        {
            indices[k] = k % 17 == 5 ? Features + k : k % 11 == 3 ? indices[k / 2] : rng.Next(Features);
            values[k] = (float)rng.NextDouble();
        }

        var expected = new double[stride];
        for (int k = 0; k < indices.Length; k++)
        {
            if (indices[k] >= Features) continue;
            double a = values[k] * scales[indices[k]];
            for (int y = 0; y < stride; y++) expected[y] += a * weights[indices[k] * stride + y];
        }
        var results = new List<float[]>();
        var viaAccumulate = new float[stride];
        QuantizedScoring.Accumulate(viaAccumulate, weights, scales, stride, Features, indices, values);
        results.Add(viaAccumulate);
        if (Avx512F.IsSupported)
        {
            var wide = new float[stride];
            QuantizedScoring.Wide(wide, weights, scales, stride, Features, indices, values);
            results.Add(wide);
        }
        if (Avx2.IsSupported && Fma.IsSupported)
        {
            var blocked = new float[stride];
            QuantizedScoring.Blocked(blocked, weights, scales, stride, Features, indices, values);
            results.Add(blocked);
        }
        foreach (var result in results)
        {
            for (int y = 0; y < stride; y++) Assert.Equal(expected[y], result[y], 1e-3);
            if (Avx2.IsSupported && Fma.IsSupported) Assert.Equal(results[0], result);
        }
    }
}
