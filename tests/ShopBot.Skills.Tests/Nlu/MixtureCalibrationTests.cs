using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Tests.Nlu;

public class MixtureCalibrationTests
{
    private static double[] Rows(params double[][] probabilities) => [.. probabilities.SelectMany(p => p.Select(x => Math.Log(x)))];

    [Fact]
    public void Choose_GivesEqualWeight_WhenEachModelKnowsWhatTheOtherDoesNot()
    {
        // Row 1 (label 0): the first model is sure and right, the second has no idea; row 2 (label 1) the reverse.
        // The mean NLL is symmetric in w <-> 1 - w, so the best weight is 0.5.
        var first = Rows([0.9, 0.1], [0.5, 0.5]);
        var second = Rows([0.5, 0.5], [0.1, 0.9]);
        var (weight, temperature) = MixtureCalibration.Choose(first, second, [0, 1], 2);
        Assert.Equal(0.5, weight, 12);
        Assert.True(temperature > 0 && double.IsFinite(temperature));
    }

    [Fact]
    public void Choose_KeepsTheFirstModel_WhenTheSecondAddsNothing()
    {
        var first = Rows([0.8, 0.2], [0.3, 0.7], [0.6, 0.4]);
        var (weight, _) = MixtureCalibration.Choose(first, (double[])first.Clone(), [0, 1, 0], 2);
        Assert.Equal(0, weight);
    }

    [Fact]
    public void Choose_RejectsMismatchedShapes() =>
        Assert.Throws<ArgumentException>(() => MixtureCalibration.Choose(new double[4], new double[6], [0, 1], 2));
}
