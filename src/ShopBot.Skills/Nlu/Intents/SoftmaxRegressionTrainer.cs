namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Fits multinomial logistic regression by stochastic gradient descent with per-feature AdaGrad step sizes over a
/// seeded shuffle. Each step uses the per-example gradient of <see cref="SoftmaxObjective"/>; the L2 term is applied
/// lazily to the rows an example touches (the usual sparse approximation), so one step costs O(nnz × classes).
/// Stops when the mean epoch loss improves by less than <see cref="SoftmaxRegressionOptions.Tolerance"/>.
/// </summary>
public sealed class SoftmaxRegressionTrainer(SoftmaxRegressionOptions? options = null)
{
    private readonly SoftmaxRegressionOptions _options = options ?? new SoftmaxRegressionOptions();

    /// <summary>Mean training loss of each epoch of the last fit (for diagnostics and tests).</summary>
    public IReadOnlyList<double> EpochLosses { get; private set; } = [];

    /// <summary>Fits the model.</summary>
    public SoftmaxRegressionModel Fit(TrainingSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        _options.Validate();
        int c = data.ClassCount, f = data.FeatureCount, n = data.Rows.Count;
        var w = new float[f * c];
        var b = new float[c];
        var g2 = new float[f];
        double gb2 = 0;
        var z = new float[c];
        var p = new double[c];
        var gp = new float[c];
        var gr = new float[c];
        float lr = (float)_options.LearningRate, l2 = (float)_options.L2;
        var losses = RunEpochs(_options, Enumerable.Range(0, n).ToArray(), i =>
        {
            var row = data.Rows[i];
            b.CopyTo(z, 0);
            for (int k = 0; k < row.Count; k++) LogMath.AddScaled(z, w.AsSpan(row.Indices[k] * c, c), row.Values[k]);
            for (int j = 0; j < c; j++) p[j] = z[j];
            var (loss, _) = ResidualAndBiasStep(p, data.Labels[i], gp, b, ref gb2, lr);
            for (int k = 0; k < row.Count; k++)
            {
                int feature = row.Indices[k];
                var wr = w.AsSpan(feature * c, c);
                float rowSq = RowGradient(gr, gp, wr, row.Values[k], l2);
                g2[feature] += rowSq / c;
                LogMath.AddScaled(wr, gr, -lr / MathF.Sqrt(g2[feature] + 1e-8f));
            }
            return loss;
        });
        EpochLosses = losses;
        return new SoftmaxRegressionModel(w, b, c, f);
    }

    /// <summary>
    /// The epoch loop both trainers share: every epoch visits <paramref name="order"/> in a fresh seeded shuffle and
    /// calls <paramref name="step"/> on each example, which returns that example's loss; stops after
    /// <see cref="SoftmaxRegressionOptions.MaxEpochs"/> or when the mean loss improves by less than
    /// <see cref="SoftmaxRegressionOptions.Tolerance"/> of itself. Returns each epoch's mean loss.
    /// </summary>
    internal static List<double> RunEpochs(SoftmaxRegressionOptions options, int[] order, Func<int, double> step)
    {
        var rng = new Random(options.Seed);
        var losses = new List<double>();
        double previous = double.PositiveInfinity;
        for (int epoch = 0; epoch < options.MaxEpochs; epoch++)
        {
            rng.Shuffle(order);
            double total = 0;
            foreach (int i in order) total += step(i);
            double mean = total / order.Length;
            losses.Add(mean);
            if (previous - mean < options.Tolerance * Math.Max(mean, 1e-12) && epoch > 0) break;
            previous = mean;
        }
        return losses;
    }

    /// <summary>
    /// The part of an example's step both trainers share: log-normalises the scores, writes the residual p − onehot(y),
    /// moves the bias by its AdaGrad step, and returns the example's loss −log p_y and ‖p − onehot(y)‖².
    /// </summary>
    internal static (double Loss, double SquaredNorm) ResidualAndBiasStep(Span<double> scores, int y, Span<float> residual, Span<float> bias, ref double biasSquares, float learningRate)
    {
        int c = scores.Length;
        LogMath.LogNormalize(scores);
        double sq = 0;
        for (int j = 0; j < c; j++)
        {
            float g = (float)Math.Exp(scores[j]) - (j == y ? 1f : 0f);
            residual[j] = g;
            sq += g * g;
        }
        biasSquares += sq / c;
        float stepB = learningRate / (float)Math.Sqrt(biasSquares + 1e-8);
        LogMath.AddScaled(bias, residual, -stepB);
        return (-scores[y], sq);
    }

    /// <summary>gradient = v·(p − y) + λ·w for one feature row; returns its squared norm.</summary>
    private static float RowGradient(Span<float> gradient, ReadOnlySpan<float> residual, ReadOnlySpan<float> w, float v, float l2)
    {
        int i = 0, c = gradient.Length;
        float sq = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && c >= System.Numerics.Vector<float>.Count)
        {
            var vv = new System.Numerics.Vector<float>(v);
            var vl = new System.Numerics.Vector<float>(l2);
            var acc = System.Numerics.Vector<float>.Zero;
            for (; i <= c - System.Numerics.Vector<float>.Count; i += System.Numerics.Vector<float>.Count)
            {
                var g = vv * new System.Numerics.Vector<float>(residual[i..]) + vl * new System.Numerics.Vector<float>(w[i..]);
                g.CopyTo(gradient[i..]);
                acc += g * g;
            }
            sq = System.Numerics.Vector.Sum(acc);
        }
        for (; i < c; i++)
        {
            float g = v * residual[i] + l2 * w[i];
            gradient[i] = g;
            sq += g * g;
        }
        return sq;
    }
}
