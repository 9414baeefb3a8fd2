namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits the temperature T that minimises the mean negative log-likelihood of softmax(z / T) on held-out scores
/// (Guo et al., 2017). With β = 1/T the NLL, mean(logsumexp(β z) − β z_y), is convex in β, with derivative
/// mean(E_p[z] − z_y) and second derivative mean(Var_p[z]); so a damped Newton iteration over β in [e^-4, e^4]
/// converges in a handful of passes over the data (each pass costs one exponential per score).
/// </summary>
public static class TemperatureScaling
{
    private const double MinBeta = 0.0183156388887342, MaxBeta = 54.598150033144236;

    /// <summary>Mean NLL of labels under softmax(scores / T); <paramref name="scores"/> is row-major n × classes.</summary>
    public static double NegativeLogLikelihood(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, int classes, double temperature)
    {
        Check(scores, labels, classes);
        return Pass(scores, labels, classes, 1 / temperature).Nll;
    }

    /// <summary>The NLL-minimising temperature (within [e^-4, e^4]).</summary>
    public static double Fit(double[] scores, int[] labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        Check(scores, labels, classes);
        double beta = 1;
        var current = Pass(scores, labels, classes, beta);
        for (int it = 0; it < 50; it++)
        {
            if (!(current.Curvature > 1e-12)) break;
            double step = current.Slope / current.Curvature;
            double next = Math.Clamp(beta - step, MinBeta, MaxBeta);
            var trial = Pass(scores, labels, classes, next);
            // Damping: halve the step until the NLL does not increase.
            for (int halve = 0; halve < 30 && trial.Nll > current.Nll; halve++)
            {
                next = (beta + next) / 2;
                trial = Pass(scores, labels, classes, next);
            }
            if (trial.Nll > current.Nll) break;
            bool done = Math.Abs(next - beta) <= 1e-7 * beta;
            beta = next;
            current = trial;
            if (done) break;
        }
        return 1 / beta;
    }

    private static void Check(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, int classes)
    {
        if (classes < 1 || labels.IsEmpty || scores.Length != labels.Length * classes) throw new ArgumentException("Scores must be labels × classes.");
    }

    /// <summary>Mean NLL, its derivative and second derivative with respect to β, in one pass.</summary>
    private static (double Nll, double Slope, double Curvature) Pass(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, int classes, double beta)
    {
        double nll = 0, slope = 0, curvature = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            var z = scores.Slice(i * classes, classes);
            double max = double.NegativeInfinity;
            foreach (var v in z) if (v > max) max = v;
            double sum = 0, mean = 0, second = 0;
            foreach (var v in z)
            {
                double e = Math.Exp(beta * (v - max));
                sum += e;
                mean += e * v;
                second += e * v * v;
            }
            mean /= sum;
            double variance = Math.Max(0, second / sum - mean * mean);
            double zy = z[labels[i]];
            nll += beta * (max - zy) + Math.Log(sum);
            slope += mean - zy;
            curvature += variance;
        }
        return (nll / labels.Length, slope / labels.Length, curvature / labels.Length);
    }
}
