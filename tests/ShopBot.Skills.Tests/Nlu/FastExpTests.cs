using System.Numerics;
using System.Runtime.Intrinsics;
using ShopBot.Skills.Nlu.Intents;
using Xunit;

namespace ShopBot.Skills.Tests.Nlu;

/// <summary>The vectorised exp, softmax and top-2 of the intent hot path against Math.Exp and plain loops.</summary>
public sealed class FastExpTests
{
    // One unit in the last place, relative (2^-52).
    private const double Ulp = 2.220446049250313e-16;

    private static double[] Lanes(double x)
    {
        var lanes = new List<double> { FastExp.Exp(x), FastExp.Exp(new Vector<double>(x))[Vector<double>.Count - 1] };
        if (Vector512.IsHardwareAccelerated) lanes.Add(FastExp.Exp(Vector512.Create(x))[7]);
        return [.. lanes];
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-300)]
    [InlineData(-0.5)]
    [InlineData(-1.0)]
    [InlineData(-0.34657359027997264)]
    [InlineData(-0.34657359027997275)]
    [InlineData(-10.0)]
    [InlineData(-100.25)]
    [InlineData(-700.0)]
    [InlineData(-707.99)]
    [InlineData(1.0)]
    [InlineData(3.5)]
    [InlineData(709.0)]
    public void Exp_IsWithinOneUlpOfMathExp_AtHandPickedPoints(double x)
    {
        foreach (var e in Lanes(x)) Assert.InRange(Math.Abs(e - Math.Exp(x)), 0, Ulp * Math.Exp(x));
    }

    [Fact]
    public void Exp_IsExactAtZeroAndPowersOfTwo_AndZeroBelowTheRange()
    {
        Assert.All(Lanes(0), e => Assert.Equal(1.0, e));
        Assert.All(Lanes(Math.Log(0.5)), e => Assert.Equal(0.5, e));
        Assert.All(Lanes(-708.5), e => Assert.Equal(0.0, e));
        Assert.All(Lanes(-1e300), e => Assert.Equal(0.0, e));
        Assert.All(Lanes(double.NegativeInfinity), e => Assert.Equal(0.0, e));
        Assert.All(Lanes(double.NaN), e => Assert.True(double.IsNaN(e)));
    }

    [Fact]
    public void Exp_IsWithinOneUlpOfMathExp_OnRandomArguments()
    {
        var rng = new Random(7);
        for (int i = 0; i < 200_000; i++)
        {
            double x = (i % 4) switch { 0 => -rng.NextDouble() * 708, 1 => -rng.NextDouble() * 40, 2 => (rng.NextDouble() - 0.5) * 2, _ => rng.NextDouble() * 709 };
            double expected = Math.Exp(x);
            foreach (var e in Lanes(x)) Assert.True(Math.Abs(e - expected) <= Ulp * expected, $"exp({x:R}) = {e:R}, Math.Exp {expected:R}");
        }
    }

    [Fact]
    public void SumAndShiftedExp_MatchMathExp_ForEveryLengthAndTail()
    {
        var rng = new Random(11);
        for (int n = 0; n <= 40; n++)
        {
            var x = new double[n];
            for (int i = 0; i < n; i++) x[i] = i % 7 == 3 ? double.NegativeInfinity : rng.NextDouble() * 60 - 50;
            double shift = n == 0 ? 0 : x.Max();
            var output = new double[n + 1];
            output[n] = 42;
            double sum = FastExp.ExpShifted(x, shift, output);
            double expected = 0;
            for (int i = 0; i < n; i++)
            {
                double e = Math.Exp(x[i] - shift);
                expected += e;
                Assert.InRange(Math.Abs(output[i] - e), 0, Ulp * e);
            }
            Assert.Equal(42, output[n]);
            Assert.Equal(expected, sum, 1e-14 * Math.Max(1, expected));
            Assert.Equal(sum, FastExp.SumExp(x, shift));
        }
        Assert.Throws<ArgumentException>(() => FastExp.ExpShifted(new double[5], 0, new double[4]));
    }

    [Fact]
    public void Softmax_MatchesTheDefinition_AndHandlesNoFiniteScore()
    {
        var rng = new Random(3);
        foreach (int n in new[] { 1, 3, 8, 9, 151 })
        {
            var scores = new double[n];
            for (int i = 0; i < n; i++) scores[i] = rng.NextDouble() * 40 - 30;
            var p = new double[n];
            LogMath.Softmax(scores, p);
            var logp = (double[])scores.Clone();
            LogMath.LogNormalize(logp);
            for (int i = 0; i < n; i++) Assert.Equal(Math.Exp(logp[i]), p[i], 1e-14);
            Assert.Equal(1.0, p.Sum(), 1e-14);
        }
        var none = new double[3];
        LogMath.Softmax([double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity], none);
        Assert.Equal([0.0, 0.0, 0.0], none);
        Assert.Throws<ArgumentException>(() => LogMath.Softmax([], new double[1]));
        Assert.Throws<ArgumentException>(() => LogMath.Softmax([1, 2], new double[1]));
    }

    [Fact]
    public void Top2_EqualsTheLoopKeepingTheBestTwo_WithTies()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 2000; trial++)
        {
            int n = 1 + trial % 41;
            var x = new double[n];
            // Few distinct values, so the maximum is often tied.
            for (int i = 0; i < n; i++) x[i] = trial % 3 == 0 ? rng.Next(4) : rng.NextDouble() * 20 - 10;
            int best = 0;
            double top = double.NegativeInfinity, second = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                if (x[i] > top) { second = top; top = x[i]; best = i; }
                else if (x[i] > second) second = x[i];
            }
            Assert.Equal(best, LogMath.Top2(x, out double gotTop, out double gotSecond));
            Assert.Equal(top, gotTop);
            Assert.Equal(second, gotSecond);
        }
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("lr")]
    [InlineData("ensemble")]
    public void ModelTop2_AgreesWithLogProbabilitiesAndClassify(string kind)
    {
        var model = new IntentClassifierTrainer(new IntentClassifierOptions { Classifier = kind }).Fit(IntentClassifierTests.Shop());
        foreach (var text in new[] { "where is my parcel", "i want a refund", "hello", "cancel", "tell me about the weather", "zzz" })
        {
            var logp = new double[model.Labels.Count];
            model.PredictLogProba(text, logp);
            int best = LogMath.Top2(logp, out double top, out double second);
            var (gotBest, gotTop, gotSecond) = model.Top2(text);
            Assert.Equal(best, gotBest);
            Assert.Equal(Math.Exp(top), gotTop, 1e-13);
            Assert.Equal(Math.Exp(second), gotSecond, 1e-13);
            var ranked = model.Classify(text);
            Assert.Equal(model.Labels[best], ranked[0].Name);
            Assert.Equal(gotTop, ranked[0].Confidence, 1e-13);
            Assert.Equal(gotSecond, ranked[1].Confidence, 1e-13);
        }
    }
}
