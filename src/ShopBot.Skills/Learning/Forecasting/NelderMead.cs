namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>An objective over an unconstrained parameter vector.</summary>
internal delegate double Objective(ReadOnlySpan<double> x);

/// <summary>
/// Derivative-free Nelder-Mead simplex minimiser (reflection 1, expansion 2, contraction 0.5, shrink 0.5). Bounded
/// parameters are handled by the callers through smooth transforms (logistic, tanh) to an unconstrained space.
/// </summary>
internal static class NelderMead
{
    /// <summary>Minimises <paramref name="f"/> from <paramref name="start"/>; returns the best point and value.</summary>
    public static (double[] X, double Value) Minimize(Objective f, ReadOnlySpan<double> start, double step = 0.5,
        int maxEvaluations = 300, double tolerance = 1e-8)
    {
        var n = start.Length;
        if (n == 0) return ([], f([]));
        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            points[i] = start.ToArray();
            if (i > 0) points[i][i - 1] += step;
            values[i] = Safe(f(points[i]));
        }
        var evaluations = n + 1;
        var centroid = new double[n];
        var reflected = new double[n];
        var trial = new double[n];
        var order = new int[n + 1];
        while (evaluations < maxEvaluations)
        {
            SortIndices(order, values);
            int best = order[0], worst = order[n], second = order[n - 1];
            if (Math.Abs(values[worst] - values[best]) <= tolerance * (Math.Abs(values[best]) + tolerance)) break;

            Array.Clear(centroid);
            for (var i = 0; i <= n; i++)
            {
                if (i == worst) continue;
                for (var j = 0; j < n; j++) centroid[j] += points[i][j] / n;
            }
            for (var j = 0; j < n; j++) reflected[j] = centroid[j] + (centroid[j] - points[worst][j]);
            var fr = Safe(f(reflected)); evaluations++;
            if (fr < values[best])
            {
                for (var j = 0; j < n; j++) trial[j] = centroid[j] + 2 * (centroid[j] - points[worst][j]);
                var fe = Safe(f(trial)); evaluations++;
                if (fe < fr) Accept(points[worst], trial, ref values[worst], fe);
                else Accept(points[worst], reflected, ref values[worst], fr);
            }
            else if (fr < values[second])
            {
                Accept(points[worst], reflected, ref values[worst], fr);
            }
            else
            {
                var outside = fr < values[worst];
                for (var j = 0; j < n; j++)
                    trial[j] = outside ? centroid[j] + 0.5 * (reflected[j] - centroid[j]) : centroid[j] + 0.5 * (points[worst][j] - centroid[j]);
                var fc = Safe(f(trial)); evaluations++;
                if (fc < Math.Min(fr, values[worst]))
                {
                    Accept(points[worst], trial, ref values[worst], fc);
                }
                else
                {
                    for (var i = 0; i <= n; i++)
                    {
                        if (i == best) continue;
                        for (var j = 0; j < n; j++) points[i][j] = points[best][j] + 0.5 * (points[i][j] - points[best][j]);
                        values[i] = Safe(f(points[i])); evaluations++;
                    }
                }
            }
        }
        var argmin = 0;
        for (var i = 1; i <= n; i++) if (values[i] < values[argmin]) argmin = i;
        return (points[argmin], values[argmin]);
    }

    private static void Accept(double[] target, double[] source, ref double value, double newValue)
    {
        source.AsSpan().CopyTo(target);
        value = newValue;
    }

    private static void SortIndices(int[] order, double[] values)
    {
        for (var i = 0; i < order.Length; i++) order[i] = i;
        for (var i = 1; i < order.Length; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && values[order[j]] > values[current]) { order[j + 1] = order[j]; j--; }
            order[j + 1] = current;
        }
    }

    private static double Safe(double v) => double.IsFinite(v) ? v : double.MaxValue;
}
