using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Sums the 8-bit feature rows of a sparse message: acc[y] = Σ_k values[k]·scales[f_k]·W[f_k, y] with W stored
/// feature-major in rows of <c>stride</c> sbytes. With AVX2 the classes are taken 32 at a time and every feature of
/// the message is added into four 8-float registers before they are written once (the rows of one message, about
/// 100 × stride bytes, stay in L1 across the blocks); otherwise it falls back to one vectorised row add per feature.
/// </summary>
internal static class QuantizedScoring
{
    private const int Block = 32;

    /// <summary>Writes the weighted row sum into <paramref name="acc"/> (length <paramref name="stride"/>); ignores features at or beyond <paramref name="featureCount"/>.</summary>
    public static void Accumulate(Span<float> acc, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scales, int stride, int featureCount,
        ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        if (acc.Length != stride) throw new ArgumentException($"The accumulator needs {stride} slots.", nameof(acc));
        if (weights.Length < (long)featureCount * stride || scales.Length < featureCount) throw new ArgumentException("Weights or scales are shorter than featureCount rows.");
        if (values.Length < indices.Length) throw new ArgumentException("Every index needs a value.", nameof(values));
        if (Avx2.IsSupported && Fma.IsSupported && stride % Block == 0)
        {
            Blocked(acc, weights, scales, stride, featureCount, indices, values);
            return;
        }
        acc.Clear();
        for (int k = 0; k < indices.Length; k++)
        {
            int f = indices[k];
            if ((uint)f >= (uint)featureCount) continue;
            LogMath.AddScaled(acc, weights.Slice(f * stride, stride), values[k] * scales[f]);
        }
    }

    private static void Blocked(Span<float> acc, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scales, int stride, int featureCount,
        ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        ref sbyte w0 = ref MemoryMarshal.GetReference(weights);
        ref float a0 = ref MemoryMarshal.GetReference(acc);
        for (int block = 0; block < stride; block += Block)
        {
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            var s2 = Vector256<float>.Zero;
            var s3 = Vector256<float>.Zero;
            for (int k = 0; k < indices.Length; k++)
            {
                int f = indices[k];
                if ((uint)f >= (uint)featureCount) continue;
                var a = Vector256.Create(values[k] * scales[f]);
                ref sbyte row = ref Unsafe.Add(ref w0, (nint)f * stride + block);
                var lo = Vector128.LoadUnsafe(ref row);
                var hi = Vector128.LoadUnsafe(ref row, 16);
                s0 = Fma.MultiplyAdd(Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(lo)), a, s0);
                s1 = Fma.MultiplyAdd(Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(lo, 8))), a, s1);
                s2 = Fma.MultiplyAdd(Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(hi)), a, s2);
                s3 = Fma.MultiplyAdd(Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(hi, 8))), a, s3);
            }
            s0.StoreUnsafe(ref a0, (nuint)block);
            s1.StoreUnsafe(ref a0, (nuint)block + 8);
            s2.StoreUnsafe(ref a0, (nuint)block + 16);
            s3.StoreUnsafe(ref a0, (nuint)block + 24);
        }
    }
}
