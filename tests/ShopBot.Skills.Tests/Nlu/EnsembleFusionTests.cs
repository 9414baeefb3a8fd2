using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The folded (single weight matrix) ensemble must equal its definition over the members.</summary>
public sealed class EnsembleFusionTests
{
    [Fact]
    public void FusedEnsemble_EqualsWeightedMemberLogProbabilitiesOverTemperature()
    {
        var rng = new Random(5);
        var rows = new List<SparseVector>();
        var labels = new List<int>();
        for (int i = 0; i < 60; i++)
        {
            int y = i % 3;
            rows.Add(new SparseVector([y, 3 + rng.Next(5)], [1f, (float)rng.NextDouble()]));
            labels.Add(y);
        }
        var data = new TrainingSet([.. rows], [.. labels], 3, 8);
        var nb = new NaiveBayesTrainer().Fit(data);
        var lr = new SoftmaxRegressionTrainer().Fit(data);
        var ensemble = new EnsembleModel([nb, lr], [0.3, 0.7], 1.7);

        int[] idx = [1, 4, 6];
        float[] val = [0.5f, 0.7f, 0.2f];
        Span<double> a = stackalloc double[3], b = stackalloc double[3], got = stackalloc double[3];
        nb.PredictLogProba(idx, val, a);
        lr.PredictLogProba(idx, val, b);
        var expected = new double[3];
        for (int y = 0; y < 3; y++) expected[y] = (0.3 * a[y] + 0.7 * b[y]) / 1.7;
        LogMath.LogNormalize(expected);
        ensemble.PredictLogProba(idx, val, got);
        // The folded rows are 8-bit (error at most max|row|/254 per weight), so agreement is to about 1e-2.
        for (int y = 0; y < 3; y++) Assert.InRange(got[y], expected[y] - 1e-2, expected[y] + 1e-2);
    }

    [Fact]
    public void QuantizedAddScaled_EqualsScalarSum()
    {
        var rng = new Random(8);
        var row = new sbyte[70];
        var acc = new float[70];
        var expected = new float[70];
        for (int i = 0; i < 70; i++)
        {
            row[i] = (sbyte)rng.Next(-127, 128);
            acc[i] = expected[i] = (float)rng.NextDouble();
            expected[i] += 0.25f * row[i];
        }
        LogMath.AddScaled(acc, row, 0.25f);
        for (int i = 0; i < 70; i++) Assert.Equal(expected[i], acc[i], 5);
    }

    [Fact]
    public void Quantize_KeepsEachRowWithinHalfAStep()
    {
        float[] weights = [1f, -0.5f, 0.25f, 0f, 0f, 0f];
        var (q, scales) = EnsembleModel.Quantize(weights, 2, 3, 4);
        Assert.Equal([127, -64, 32, 0, 0, 0, 0, 0], q.Select(v => (int)v));
        Assert.Equal(1f / 127, scales[0], 6);
        Assert.Equal(0f, scales[1]);
        for (int y = 0; y < 3; y++) Assert.InRange(q[y] * scales[0] - weights[y], -scales[0] / 2, scales[0] / 2);
    }
}
