using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Tests.Nlu;

public class SoftmaxRegressionTests
{
    private static TrainingSet Small() => new(
        [
            new SparseVector([0, 2], [1, 0.5f]), new SparseVector([1], [2]), new SparseVector([0, 1, 2], [0.3f, 0.2f, 1]),
            new SparseVector([2], [1.5f]),
        ],
        [0, 1, 2, 2], 3, 3);

    [Fact]
    public void Gradient_MatchesFiniteDifferences()
    {
        var data = Small();
        var rng = new Random(3);
        var w = Enumerable.Range(0, 9).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, 3).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var gw = new double[9];
        var gb = new double[3];
        double l2 = 0.1;
        SoftmaxObjective.Evaluate(w, b, data, l2, gw, gb);
        const double h = 1e-6;
        var tw = new double[9];
        var tb = new double[3];
        for (int j = 0; j < 9; j++)
        {
            double keep = w[j];
            w[j] = keep + h; double up = SoftmaxObjective.Evaluate(w, b, data, l2, tw, tb);
            w[j] = keep - h; double down = SoftmaxObjective.Evaluate(w, b, data, l2, tw, tb);
            w[j] = keep;
            Assert.Equal((up - down) / (2 * h), gw[j], 6);
        }
        for (int j = 0; j < 3; j++)
        {
            double keep = b[j];
            b[j] = keep + h; double up = SoftmaxObjective.Evaluate(w, b, data, l2, tw, tb);
            b[j] = keep - h; double down = SoftmaxObjective.Evaluate(w, b, data, l2, tw, tb);
            b[j] = keep;
            Assert.Equal((up - down) / (2 * h), gb[j], 6);
        }
    }

    [Fact]
    public void Objective_AtZeroWeights_IsLogOfClassCount()
    {
        var data = Small();
        double loss = SoftmaxObjective.Evaluate(new double[9], new double[3], data, 1, new double[9], new double[3]);
        Assert.Equal(Math.Log(3), loss, 10);
    }

    [Fact]
    public void Fit_LearnsSeparableClassesAndLossFalls()
    {
        // Class k is signalled by feature k (plus noise features); generated with a fixed seed.
        var rng = new Random(5);
        var rows = new List<SparseVector>();
        var labels = new List<int>();
        for (int i = 0; i < 300; i++)
        {
            int y = i % 3;
            int noise = 3 + rng.Next(5);
            rows.Add(new SparseVector([y, noise], [0.8f, 0.6f]));
            labels.Add(y);
        }
        var data = new TrainingSet(rows, [.. labels], 3, 8);
        var trainer = new SoftmaxRegressionTrainer(new SoftmaxRegressionOptions { Tolerance = 0 , MaxEpochs = 10 });
        var model = trainer.Fit(data);
        Assert.True(trainer.EpochLosses[^1] < trainer.EpochLosses[0] / 2, "loss should fall");
        var logp = new double[3];
        for (int y = 0; y < 3; y++)
        {
            model.PredictLogProba([y, 4], [0.8f, 0.6f], logp);
            Assert.Equal(y, Array.IndexOf(logp, logp.Max()));
            Assert.Equal(1.0, logp.Sum(Math.Exp), 9);
        }
    }

    [Fact]
    public void TemperatureScaling_RecoversKnownTemperature()
    {
        // Labels drawn from softmax(z / 2): the fitted temperature should be near 2.
        var rng = new Random(9);
        int n = 4000, c = 4;
        var scores = new double[n * c];
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            var p = new double[c];
            for (int k = 0; k < c; k++) p[k] = scores[i * c + k] = rng.NextDouble() * 8;
            double sum = p.Sum(v => Math.Exp(v / 2));
            double u = rng.NextDouble() * sum, acc = 0;
            labels[i] = c - 1;
            for (int k = 0; k < c; k++) { acc += Math.Exp(p[k] / 2); if (u <= acc) { labels[i] = k; break; } }
        }
        double t = TemperatureScaling.Fit(scores, labels, c);
        Assert.InRange(t, 1.8, 2.2);
        // The Newton fit is a minimum of the NLL: nearby temperatures are no better.
        double best = TemperatureScaling.NegativeLogLikelihood(scores, labels, c, t);
        Assert.True(best <= TemperatureScaling.NegativeLogLikelihood(scores, labels, c, t * 1.01) + 1e-12);
        Assert.True(best <= TemperatureScaling.NegativeLogLikelihood(scores, labels, c, t / 1.01) + 1e-12);
    }

    [Fact]
    public void TemperatureScaling_HandComputedNll()
    {
        // Two classes, scores (0, ln 3), label 1, T = 1: p = 3/4, NLL = ln(4/3).
        Assert.Equal(Math.Log(4.0 / 3), TemperatureScaling.NegativeLogLikelihood([0, Math.Log(3)], [1], 2, 1), 12);
        // T = 0.5 doubles the scores: p = 9/10.
        Assert.Equal(Math.Log(10.0 / 9), TemperatureScaling.NegativeLogLikelihood([0, Math.Log(3)], [1], 2, 0.5), 12);
        Assert.Throws<ArgumentException>(() => TemperatureScaling.NegativeLogLikelihood([0, 1, 2], [1], 2, 1));
    }
}
