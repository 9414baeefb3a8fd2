using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Tests.Nlu;

public class NaiveBayesTests
{
    // Class A: [2,1,0] and [1,0,0]; class B: [0,1,2]. Laplace alpha = 1, three features.
    private static TrainingSet Tiny() => new(
        [new SparseVector([0, 1], [2, 1]), new SparseVector([0], [1]), new SparseVector([1, 2], [1, 2])],
        [0, 0, 1], 2, 3);

    [Fact]
    public void Fit_ComputesPriorsAndSmoothedLikelihoodsByHand()
    {
        var model = new NaiveBayesTrainer(new NaiveBayesOptions { Alpha = 1 }).Fit(Tiny());
        Assert.Equal(Math.Log(2.0 / 3), model.LogPriors[0], 6);
        Assert.Equal(Math.Log(1.0 / 3), model.LogPriors[1], 6);
        // theta_A = (3+1, 1+1, 0+1) / (4 + 3) ; theta_B = (0+1, 1+1, 2+1) / (3 + 3)
        Assert.Equal(Math.Log(4.0 / 7), model.Weight(0, 0), 5);
        Assert.Equal(Math.Log(1.0 / 7), model.Weight(2, 0), 5);
        Assert.Equal(Math.Log(1.0 / 6), model.Weight(0, 1), 5);
        Assert.Equal(Math.Log(3.0 / 6), model.Weight(2, 1), 5);
    }

    [Fact]
    public void Predict_NormalisesByTheEvidenceSum()
    {
        var model = new NaiveBayesTrainer(new NaiveBayesOptions { Alpha = 1 }).Fit(Tiny());
        var logp = new double[2];
        model.PredictLogProba([0, 2], [1, 1], logp);
        // P(A)P(x|A) = 2/3 * 4/7 * 1/7 = 8/147; P(B)P(x|B) = 1/3 * 1/6 * 3/6 = 1/36; posterior = 288 / 435.
        Assert.Equal(288.0 / 435, Math.Exp(logp[0]), 5);
        Assert.Equal(147.0 / 435, Math.Exp(logp[1]), 5);
    }

    [Fact]
    public void Complement_UsesOtherClassCounts()
    {
        var model = new NaiveBayesTrainer(new NaiveBayesOptions { Alpha = 1, Complement = true }).Fit(Tiny());
        // Complement of A is B's counts: (0+1, 1+1, 2+1)/6, weights -log of that.
        Assert.Equal(-Math.Log(1.0 / 6), model.Weight(0, 0), 5);
        Assert.Equal(-Math.Log(1.0 / 7), model.Weight(2, 1), 5);
        var logp = new double[2];
        model.PredictLogProba([0, 2], [1, 1], logp);
        // score_A = log(2/3) + log 6 + log 2 = log 8; score_B = log(1/3) + log(7/4) + log 7 = log(49/12).
        Assert.Equal(8 / (8 + 49.0 / 12), Math.Exp(logp[0]), 5);
    }

    [Fact]
    public void Fit_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new NaiveBayesTrainer(new NaiveBayesOptions { Alpha = 0 }).Fit(Tiny()));
        Assert.Throws<ArgumentException>(() => new NaiveBayesTrainer().Fit(new TrainingSet([], [], 2, 3)));
        Assert.Throws<ArgumentException>(() => new NaiveBayesTrainer().Fit(new TrainingSet([new SparseVector([5], [1])], [0], 2, 3)));
    }
}
