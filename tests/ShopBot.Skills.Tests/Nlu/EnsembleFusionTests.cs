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
        for (int y = 0; y < 3; y++) Assert.Equal(expected[y], got[y], 5);
    }
}
