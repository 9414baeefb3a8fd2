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

    /// <summary>Turns scores into normalised log-probabilities in place (log-softmax).</summary>
    public static void LogNormalize(Span<double> scores)
    {
        double lse = LogSumExp(scores);
        for (int i = 0; i < scores.Length; i++) scores[i] -= lse;
    }

    /// <summary>acc += a * row, vectorised.</summary>
    public static void AddScaled(Span<float> acc, ReadOnlySpan<float> row, float a)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && acc.Length >= Vector<float>.Count)
        {
            var va = new Vector<float>(a);
            for (; i <= acc.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var r = new Vector<float>(row[i..]);
                var s = new Vector<float>(acc[i..]);
                (s + r * va).CopyTo(acc[i..]);
            }
        }
        for (; i < acc.Length; i++) acc[i] += a * row[i];
    }

    /// <summary>
    /// acc += a * row for 8-bit weights, vectorised by widening sbyte → short → int → float. Only whole vectors of
    /// <see cref="Vector{T}.Count"/> sbytes are vectorised, so callers pad rows to that stride for full speed.
    /// </summary>
    public static void AddScaled(Span<float> acc, ReadOnlySpan<sbyte> row, float a)
    {
        if (row.Length < acc.Length) throw new ArgumentException("The row is shorter than the accumulator.", nameof(row));
        int i = 0;
        if (Vector.IsHardwareAccelerated && acc.Length >= Vector<sbyte>.Count)
        {
            var va = new Vector<float>(a);
            int n = Vector<sbyte>.Count, q = Vector<float>.Count;
            for (; i <= acc.Length - n; i += n)
            {
                Vector.Widen(new Vector<sbyte>(row[i..]), out Vector<short> s0, out Vector<short> s1);
                Vector.Widen(s0, out Vector<int> i0, out Vector<int> i1);
                Vector.Widen(s1, out Vector<int> i2, out Vector<int> i3);
                AddConverted(acc[i..], i0, va);
                AddConverted(acc[(i + q)..], i1, va);
                AddConverted(acc[(i + 2 * q)..], i2, va);
                AddConverted(acc[(i + 3 * q)..], i3, va);
            }
        }
        for (; i < acc.Length; i++) acc[i] += a * row[i];
    }

    private static void AddConverted(Span<float> acc, Vector<int> q, Vector<float> a) =>
        (new Vector<float>(acc) + Vector.ConvertToSingle(q) * a).CopyTo(acc);
}
