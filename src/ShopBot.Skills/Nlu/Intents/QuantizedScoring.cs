using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Sums the 8-bit feature rows of a sparse message: acc[y] = Σ_k values[k]·scales[f_k]·W[f_k, y] with W stored
/// feature-major in rows of <c>stride</c> sbytes. The rows of one message are scattered over a table of megabytes, so
/// the time goes into cache misses: the kernels prefetch the row <see cref="PrefetchDistance"/> features ahead. With
/// AVX-512 up to 160 classes (ten 16-float registers) are summed in one pass over the features, so a 151-class row
/// is read once; with AVX2 the classes are taken 32 at a time (four 8-float registers), the rows staying in L1 across
/// the blocks; otherwise one vectorised row add per feature. In the two fused kernels every class sums its features
/// in message order with one fused multiply-add each, so they give bit-identical sums.
/// </summary>
internal static class QuantizedScoring
{
    private const int Block = 32;

    /// <summary>Classes per pass of the AVX-512 kernel.</summary>
    private const int WideBlock = 160;

    /// <summary>How many features ahead a row is prefetched (best of 8 to 32 on CLINC150 rows: about 40% less time).</summary>
    private const int PrefetchDistance = 16;

    /// <summary>Row length, in sbytes, for <paramref name="classes"/> classes: padded to whole <see cref="System.Numerics.Vector{T}"/>s of sbytes.</summary>
    public static int RowStride(int classes) =>
        (classes + System.Numerics.Vector<sbyte>.Count - 1) / System.Numerics.Vector<sbyte>.Count * System.Numerics.Vector<sbyte>.Count;

    /// <summary>Starts loading the given rows in full (a hint; does nothing without SSE), for callers that know every row before summing.</summary>
    public static unsafe void PrefetchRows(ReadOnlySpan<sbyte> weights, int stride, ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported) return;
        fixed (sbyte* w = weights)
            foreach (int row in rows)
                for (int offset = 0; offset < stride; offset += 64) Sse.Prefetch0(w + (nint)row * stride + offset);
    }

    /// <summary>Writes the weighted row sum into <paramref name="acc"/> (length <paramref name="stride"/>); ignores features at or beyond <paramref name="featureCount"/>.</summary>
    public static void Accumulate(Span<float> acc, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scales, int stride, int featureCount,
        ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        if (acc.Length != stride) throw new ArgumentException($"The accumulator needs {stride} slots.", nameof(acc));
        if (weights.Length < (long)featureCount * stride || scales.Length < featureCount) throw new ArgumentException("Weights or scales are shorter than featureCount rows.");
        if (values.Length < indices.Length) throw new ArgumentException("Every index needs a value.", nameof(values));
        if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported && stride % Block == 0)
        {
            Wide(acc, weights, scales, stride, featureCount, indices, values);
            return;
        }
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

    /// <summary>The AVX-512 kernel (needs <see cref="Avx512F"/> and a stride that is a multiple of 32); exposed for tests.</summary>
    internal static void Wide(Span<float> acc, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scales, int stride, int featureCount,
        ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        ref sbyte w0 = ref MemoryMarshal.GetReference(weights);
        ref float a0 = ref MemoryMarshal.GetReference(acc);
        for (int block = 0; block < stride; block += WideBlock)
        {
            // Registers in use: 2, 4, 6, 8 or 10 (the stride is a multiple of 32).
            int pieces = Math.Min(WideBlock, stride - block) / 16;
            Vector512<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default;
            Vector512<float> s5 = default, s6 = default, s7 = default, s8 = default, s9 = default;
            for (int k = 0; k < indices.Length; k++)
            {
                if (block == 0 && k + PrefetchDistance < indices.Length) Prefetch(ref w0, indices[k + PrefetchDistance], stride, featureCount);
                int f = indices[k];
                if ((uint)f >= (uint)featureCount) continue;
                var a = Vector512.Create(values[k] * scales[f]);
                ref sbyte row = ref Unsafe.Add(ref w0, (nint)f * stride + block);
                s0 = Avx512F.FusedMultiplyAdd(Widen(ref row, 0), a, s0);
                s1 = Avx512F.FusedMultiplyAdd(Widen(ref row, 16), a, s1);
                if (pieces <= 2) continue;
                s2 = Avx512F.FusedMultiplyAdd(Widen(ref row, 32), a, s2);
                s3 = Avx512F.FusedMultiplyAdd(Widen(ref row, 48), a, s3);
                if (pieces <= 4) continue;
                s4 = Avx512F.FusedMultiplyAdd(Widen(ref row, 64), a, s4);
                s5 = Avx512F.FusedMultiplyAdd(Widen(ref row, 80), a, s5);
                if (pieces <= 6) continue;
                s6 = Avx512F.FusedMultiplyAdd(Widen(ref row, 96), a, s6);
                s7 = Avx512F.FusedMultiplyAdd(Widen(ref row, 112), a, s7);
                if (pieces <= 8) continue;
                s8 = Avx512F.FusedMultiplyAdd(Widen(ref row, 128), a, s8);
                s9 = Avx512F.FusedMultiplyAdd(Widen(ref row, 144), a, s9);
            }
            ref float target = ref Unsafe.Add(ref a0, block);
            s0.StoreUnsafe(ref target, 0);
            s1.StoreUnsafe(ref target, 16);
            if (pieces <= 2) continue;
            s2.StoreUnsafe(ref target, 32);
            s3.StoreUnsafe(ref target, 48);
            if (pieces <= 4) continue;
            s4.StoreUnsafe(ref target, 64);
            s5.StoreUnsafe(ref target, 80);
            if (pieces <= 6) continue;
            s6.StoreUnsafe(ref target, 96);
            s7.StoreUnsafe(ref target, 112);
            if (pieces <= 8) continue;
            s8.StoreUnsafe(ref target, 128);
            s9.StoreUnsafe(ref target, 144);
        }
    }

    /// <summary>Sixteen sbytes at <paramref name="offset"/> as floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Widen(ref sbyte row, nuint offset) =>
        Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.LoadUnsafe(ref row, offset)));

    /// <summary>The AVX2 kernel (needs <see cref="Avx2"/>, <see cref="Fma"/> and a stride that is a multiple of 32); exposed for tests.</summary>
    internal static void Blocked(Span<float> acc, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scales, int stride, int featureCount,
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
                if (block == 0 && k + PrefetchDistance < indices.Length) Prefetch(ref w0, indices[k + PrefetchDistance], stride, featureCount);
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

    /// <summary>
    /// Asks the cache for every line of row <paramref name="feature"/> (a row spans at most three 64-byte lines when the
    /// stride is at most 160; longer rows are fetched by the hardware's own stream prefetcher after the first lines).
    /// A prefetch is only a hint and never faults, so even a stale address (an unpinned array the GC moved) is harmless;
    /// the ensemble's weights are allocated pinned.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref sbyte w0, int feature, int stride, int featureCount)
    {
        if ((uint)feature >= (uint)featureCount) return;
        byte* row = (byte*)Unsafe.AsPointer(ref Unsafe.Add(ref w0, (nint)feature * stride));
        Sse.Prefetch0(row);
        Sse.Prefetch0(row + 64);
        Sse.Prefetch0(row + 128);
    }
}
