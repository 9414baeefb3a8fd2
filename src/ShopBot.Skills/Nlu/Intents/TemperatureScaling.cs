namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits the temperature T that minimises the mean negative log-likelihood of softmax(z / T) on held-out scores
/// (Guo et al., 2017), by golden-section search over log T in [-4, 4].
/// </summary>
public static class TemperatureScaling
{
    /// <summary>Mean NLL of labels under softmax(scores / T); <paramref name="scores"/> is row-major n × classes.</summary>
    public static double NegativeLogLikelihood(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, int classes, double temperature)
    {
        if (labels.IsEmpty || scores.Length != labels.Length * classes) throw new ArgumentException("Scores must be labels × classes.");
        Span<double> row = classes <= 512 ? stackalloc double[classes] : new double[classes];
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            for (int c = 0; c < classes; c++) row[c] = scores[i * classes + c] / temperature;
            total -= row[labels[i]] - LogMath.LogSumExp(row);
        }
        return total / labels.Length;
    }

    /// <summary>The NLL-minimising temperature.</summary>
    public static double Fit(double[] scores, int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        double lo = -4, hi = 4;
        double phi = (Math.Sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
        double fa = NegativeLogLikelihood(scores, labels, classes, Math.Exp(a));
        double fb = NegativeLogLikelihood(scores, labels, classes, Math.Exp(b));
        for (int it = 0; it < 60; it++)
        {
            if (fa < fb) { hi = b; b = a; fb = fa; a = hi - phi * (hi - lo); fa = NegativeLogLikelihood(scores, labels, classes, Math.Exp(a)); }
            else { lo = a; a = b; fa = fb; b = lo + phi * (hi - lo); fb = NegativeLogLikelihood(scores, labels, classes, Math.Exp(b)); }
        }
        return Math.Exp((lo + hi) / 2);
    }
}
