using System.Numerics;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Small numeric kernels over spans used by the NLU models.</summary>
public static class LogMath
{
    /// <summary>log(sum(exp(x))) computed stably by shifting by the maximum.</summary>
    public static double LogSumExp(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty) throw new ArgumentException("LogSumExp of an empty span is undefined.", nameof(x));
        double max = double.NegativeInfinity;
        foreach (var v in x) if (v > max) max = v;
        if (double.IsNegativeInfinity(max)) return max;
        double sum = 0;
        foreach (var v in x) sum += Math.Exp(v - max);
        return max + Math.Log(sum);
    }

    /// <summary>
    /// Turns scores into normalised log-probabilities in place (log-softmax): x_i − max − log Σ_j exp(x_j − max).
    /// The exponentials are taken a vector at a time (<see cref="Vector.Exp(Vector{double})"/>).
    /// </summary>
    public static void LogNormalize(Span<double> scores)
    {
        if (scores.IsEmpty) throw new ArgumentException("Cannot normalise an empty span.", nameof(scores));
        int n = scores.Length, i = 0, w = Vector<double>.Count;
        double max = double.NegativeInfinity;
        if (Vector.IsHardwareAccelerated && n >= w)
        {
            var vmax = new Vector<double>(double.NegativeInfinity);
            for (; i <= n - w; i += w) vmax = Vector.Max(vmax, new Vector<double>(scores[i..]));
            for (int j = 0; j < w; j++) max = Math.Max(max, vmax[j]);
        }
        for (; i < n; i++) if (scores[i] > max) max = scores[i];
        if (double.IsNegativeInfinity(max) || double.IsNaN(max)) return;
        double sum = 0;
        i = 0;
        if (Vector.IsHardwareAccelerated && n >= w)
        {
            var vm = new Vector<double>(max);
            var vs = Vector<double>.Zero;
            for (; i <= n - w; i += w) vs += Vector.Exp(new Vector<double>(scores[i..]) - vm);
            sum = Vector.Sum(vs);
        }
        for (; i < n; i++) sum += Math.Exp(scores[i] - max);
        double lse = max + Math.Log(sum);
        for (i = 0; i < n; i++) scores[i] -= lse;
    }

    /// <summary>
    /// Softmax of unnormalised scores: probabilities_i = exp(x_i − max) / Σ_j exp(x_j − max), with the vectorised
    /// double-precision exp of <see cref="FastExp"/> (within a few units in the last place of <see cref="Math.Exp(double)"/>).
    /// </summary>
    public static void Softmax(ReadOnlySpan<double> scores, Span<double> probabilities)
    {
        if (scores.IsEmpty) throw new ArgumentException("Cannot normalise an empty span.", nameof(scores));
        if (probabilities.Length < scores.Length) throw new ArgumentException("The output is shorter than the input.", nameof(probabilities));
        double max = Max(scores);
        var output = probabilities[..scores.Length];
        if (!double.IsFinite(max))
        {
            // No finite score (all −∞, or NaN/+∞): as exp of a log-normalisation that left them unchanged.
            for (int i = 0; i < scores.Length; i++) output[i] = Math.Exp(scores[i]);
            return;
        }
        double sum = FastExp.ExpShifted(scores, max, output);
        double inv = 1 / sum;
        int k = 0, w = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
            for (; k <= output.Length - w; k += w) (new Vector<double>(output[k..]) * inv).CopyTo(output[k..]);
        for (; k < output.Length; k++) output[k] *= inv;
    }

    /// <summary>
    /// The index of the largest score (the first one on ties) and the largest score among the others (equal to the top
    /// when it is tied); the runner-up is −∞ for a single score. As a loop keeping the best two, a vector at a time.
    /// With a NaN score the result is unspecified (index 0 and NaN, or the values as if it were absent).
    /// </summary>
    internal static int Top2(ReadOnlySpan<double> scores, out double top, out double second)
    {
        if (scores.IsEmpty) throw new ArgumentException("No scores.", nameof(scores));
        top = Max(scores);
        int best = IndexOf(scores, top);
        if (best < 0)
        {
            // Only when a score is NaN (then the maximum is not any element).
            top = second = double.NaN;
            return 0;
        }
        second = Math.Max(Max(scores[..best]), Max(scores[(best + 1)..]));
        return best;
    }

    /// <summary>The largest value (−∞ for an empty span), a vector at a time.</summary>
    internal static double Max(ReadOnlySpan<double> x)
    {
        int i = 0, w = Vector<double>.Count;
        double max = double.NegativeInfinity;
        if (Vector.IsHardwareAccelerated && x.Length >= w)
        {
            var vmax = new Vector<double>(x);
            for (i = w; i <= x.Length - w; i += w) vmax = Vector.MaxNative(vmax, new Vector<double>(x[i..]));
            for (int j = 0; j < w; j++) max = Math.Max(max, vmax[j]);
        }
        for (; i < x.Length; i++) if (x[i] > max) max = x[i];
        return max;
    }

    /// <summary>The first index holding <paramref name="value"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<double> x, double value)
    {
        int i = 0, w = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            var target = new Vector<double>(value);
            for (; i <= x.Length - w; i += w)
                if (Vector.EqualsAny(new Vector<double>(x[i..]), target)) break;
        }
        for (; i < x.Length; i++) if (x[i] == value) return i;
        return -1;
    }

    /// <summary>output[i] = exp(x[i]), a vector at a time.</summary>
    public static void Exp(ReadOnlySpan<double> x, Span<double> output)
    {
        if (output.Length < x.Length) throw new ArgumentException("The output is shorter than the input.", nameof(output));
        int i = 0, w = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
            for (; i <= x.Length - w; i += w) Vector.Exp(new Vector<double>(x[i..])).CopyTo(output[i..]);
        for (; i < x.Length; i++) output[i] = Math.Exp(x[i]);
    }

    /// <summary>acc += a * row, vectorised.</summary>
    /// <summary>Σ a_i·b_i over equal-length spans, a vector at a time with two accumulators.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("The spans differ in length.", nameof(b));
        int i = 0, w = Vector<float>.Count, n = a.Length;
        float sum = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * w)
        {
            ref float ra = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a);
            ref float rb = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b);
            var s0 = Vector<float>.Zero;
            var s1 = Vector<float>.Zero;
            for (; i <= n - 2 * w; i += 2 * w)
            {
                s0 += Vector.LoadUnsafe(ref ra, (nuint)i) * Vector.LoadUnsafe(ref rb, (nuint)i);
                s1 += Vector.LoadUnsafe(ref ra, (nuint)(i + w)) * Vector.LoadUnsafe(ref rb, (nuint)(i + w));
            }
            sum = Vector.Sum(s0 + s1);
        }
        for (; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    public static void AddScaled(Span<float> acc, ReadOnlySpan<float> row, float a)
    {
        if (row.Length < acc.Length) throw new ArgumentException("The row is shorter than the accumulator.", nameof(row));
        int i = 0, n = acc.Length, w = Vector<float>.Count;
        if (Vector.IsHardwareAccelerated && n >= w)
        {
            ref float rs = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(acc);
            ref float rr = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            var va = new Vector<float>(a);
            for (; i <= n - w; i += w)
                (Vector.LoadUnsafe(ref rs, (nuint)i) + Vector.LoadUnsafe(ref rr, (nuint)i) * va).StoreUnsafe(ref rs, (nuint)i);
        }
        for (; i < n; i++) acc[i] += a * row[i];
    }

    /// <summary>acc += row (the first acc.Length entries of row).</summary>
    public static void Add(Span<float> acc, ReadOnlySpan<float> row)
    {
        if (row.Length < acc.Length) throw new ArgumentException("The row is shorter than the accumulator.", nameof(row));
        int i = 0, n = acc.Length, w = Vector<float>.Count;
        if (Vector.IsHardwareAccelerated && n >= w)
        {
            ref float rs = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(acc);
            ref float rr = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            for (; i <= n - w; i += w)
                (Vector.LoadUnsafe(ref rs, (nuint)i) + Vector.LoadUnsafe(ref rr, (nuint)i)).StoreUnsafe(ref rs, (nuint)i);
        }
        for (; i < n; i++) acc[i] += row[i];
    }

    /// <summary>
    /// acc += a * row for 8-bit weights, vectorised by widening sbyte → short → int → float. Only whole vectors of
    /// <see cref="Vector{T}.Count"/> sbytes are vectorised, so callers pad rows to that stride for full speed.
    /// </summary>
    public static void AddScaled(Span<float> acc, ReadOnlySpan<sbyte> row, float a)
    {
        if (row.Length < acc.Length) throw new ArgumentException("The row is shorter than the accumulator.", nameof(row));
        int i = 0, n = acc.Length;
        if (Vector.IsHardwareAccelerated && n >= Vector<sbyte>.Count)
        {
            ref float rs = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(acc);
            ref sbyte rr = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(row);
            var va = new Vector<float>(a);
            int w = Vector<sbyte>.Count, q = Vector<float>.Count;
            // One load of w sbytes widens to four float vectors, which cover acc[i .. i + w) exactly.
            for (; i <= n - w; i += w)
            {
                Vector.Widen(Vector.LoadUnsafe(ref rr, (nuint)i), out Vector<short> s0, out Vector<short> s1);
                Vector.Widen(s0, out Vector<int> i0, out Vector<int> i1);
                Vector.Widen(s1, out Vector<int> i2, out Vector<int> i3);
                AddConverted(ref rs, i, i0, va);
                AddConverted(ref rs, i + q, i1, va);
                AddConverted(ref rs, i + 2 * q, i2, va);
                AddConverted(ref rs, i + 3 * q, i3, va);
            }
        }
        for (; i < n; i++) acc[i] += a * row[i];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void AddConverted(ref float acc, int at, Vector<int> q, Vector<float> a) =>
        (Vector.LoadUnsafe(ref acc, (nuint)at) + Vector.ConvertToSingle(q) * a).StoreUnsafe(ref acc, (nuint)at);
}
