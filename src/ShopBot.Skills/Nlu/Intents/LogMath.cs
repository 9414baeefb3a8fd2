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
}
