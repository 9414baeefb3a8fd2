using System.Numerics;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// Multinomial logistic regression on dense vectors (the sentence-encoder head): the objective of
/// <see cref="SoftmaxObjective"/>, fitted like <see cref="SoftmaxRegressionTrainer"/> (per-example steps over a seeded
/// shuffle, per-feature AdaGrad step sizes, the same bias step and stopping rule), but with class-major weights so that
/// every step is a few passes of vector arithmetic over each class's row. One difference: feature f's AdaGrad
/// accumulator gains x_f²·‖p − y‖²/C, its squared gradient without the L2 part. With no L2 the two trainers are the
/// same algorithm (a test checks that); with a head's small L2 the difference is negligible and saves a pass.
/// </summary>
public sealed class DenseSoftmaxTrainer(SoftmaxRegressionOptions? options = null)
{
    private readonly SoftmaxRegressionOptions _options = options ?? new SoftmaxRegressionOptions();

    /// <summary>Mean training loss of each epoch of the last fit.</summary>
    public IReadOnlyList<double> EpochLosses { get; private set; } = [];

    /// <summary>Fits on the listed <paramref name="rows"/> of <paramref name="vectors"/> (all of them when null).</summary>
    public SoftmaxRegressionModel Fit(IReadOnlyList<float[]> vectors, IReadOnlyList<int> labels, int classCount, IReadOnlyList<int>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        _options.Validate();
        if (vectors.Count == 0 || vectors.Count != labels.Count) throw new ArgumentException($"Need one label per vector ({vectors.Count} vectors, {labels.Count} labels).");
        if (classCount < 1) throw new ArgumentException("classCount must be positive.", nameof(classCount));
        int d = vectors[0]?.Length ?? 0;
        if (d == 0 || vectors.Any(v => v is null || v.Length != d)) throw new ArgumentException("Every vector needs the same, positive length.", nameof(vectors));
        if (labels.Any(y => (uint)y >= (uint)classCount)) throw new ArgumentException($"Labels must be in 0..{classCount - 1}.", nameof(labels));
        var order = rows?.ToArray() ?? Enumerable.Range(0, vectors.Count).ToArray();
        if (order.Length == 0 || order.Any(i => (uint)i >= (uint)vectors.Count)) throw new ArgumentException("Rows must index the vectors.", nameof(rows));

        int c = classCount;
        var w = new float[c * d];
        var b = new float[c];
        var g2 = new float[d];
        double gb2 = 0;
        var z = new double[c];
        var residual = new float[c];
        var keep = new float[d];
        var step = new float[d];
        float lr = (float)_options.LearningRate, l2 = (float)_options.L2;
        var losses = SoftmaxRegressionTrainer.RunEpochs(_options, order, i =>
        {
            var x = vectors[i];
            for (int k = 0; k < c; k++) z[k] = b[k] + LogMath.Dot(w.AsSpan(k * d, d), x);
            var (loss, sq) = SoftmaxRegressionTrainer.ResidualAndBiasStep(z, labels[i], residual, b, ref gb2, lr);
            // W_k ← W_k − s ⊙ (r_k x + λ W_k) = W_k ⊙ (1 − λ s) − r_k (s ⊙ x), s the per-feature AdaGrad steps.
            float perFeature = (float)(sq / c);
            for (int f = 0; f < d; f++)
            {
                float xf = x[f];
                if (xf == 0)
                {
                    keep[f] = 1;
                    step[f] = 0;
                    continue;
                }
                g2[f] += xf * xf * perFeature;
                float s = lr / MathF.Sqrt(g2[f] + 1e-8f);
                keep[f] = 1 - l2 * s;
                step[f] = s * xf;
            }
            for (int k = 0; k < c; k++) Update(w.AsSpan(k * d, d), keep, step, residual[k]);
            return loss;
        });
        EpochLosses = losses;
        var featureMajor = new float[d * c];
        for (int k = 0; k < c; k++)
            for (int f = 0; f < d; f++) featureMajor[f * c + k] = w[k * d + f];
        return new SoftmaxRegressionModel(featureMajor, b, c, d);
    }

    /// <summary>row ← row ⊙ keep − r·step.</summary>
    private static void Update(Span<float> row, ReadOnlySpan<float> keep, ReadOnlySpan<float> step, float r)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vr = new Vector<float>(r);
            for (; i <= row.Length - Vector<float>.Count; i += Vector<float>.Count)
                (new Vector<float>(row[i..]) * new Vector<float>(keep[i..]) - vr * new Vector<float>(step[i..])).CopyTo(row[i..]);
        }
        for (; i < row.Length; i++) row[i] = row[i] * keep[i] - r * step[i];
    }
}
