using ShopBot.Skills.Learning.PriceOptimization;

namespace ShopBot.Skills.Tests.PriceOptimization;

public class LeastSquaresTests
{
    // y = [1, 3, 2, 5] on x = [1, 2, 3, 4] with an intercept, by hand:
    // xbar = 2.5, ybar = 2.75, Sxx = 5, Sxy = 5.5 -> slope 1.1, intercept 2.75 - 1.1 * 2.5 = 0.
    // Residuals -0.1, 0.8, -1.3, 0.6 -> SSR = 2.7, s^2 = 2.7 / 2 = 1.35, SE(slope) = sqrt(1.35 / 5) = 0.5196152.
    // SST = 8.75 -> R^2 = 1 - 2.7 / 8.75 = 0.6914286.
    // HC1(slope) = sqrt(sum (x - xbar)^2 e^2 / Sxx^2 * n / (n - k)) = sqrt(1.415 / 25 * 2) = sqrt(0.1132) = 0.3364521.
    [Fact]
    public void Fit_MatchesHandComputedRegression()
    {
        double[,] x = { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 1, 4 } };
        var fit = LeastSquares.Fit(x, [1, 3, 2, 5], ["intercept", "x"]);

        Assert.Equal(0, fit.Coefficients[0], 10);
        Assert.Equal(1.1, fit.Coefficients[1], 10);
        Assert.Equal(0.5196152, fit.StandardErrors[1], 6);
        Assert.Equal(0.3364521, fit.RobustStandardErrors[1], 6);
        Assert.Equal(0.6914286, fit.RSquared, 6);
        Assert.Equal(2, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_Throws_WhenAColumnIsCollinear()
    {
        double[,] x = { { 1, 5 }, { 1, 5 }, { 1, 5 }, { 1, 5 } };
        var error = Assert.Throws<ArgumentException>(() => LeastSquares.Fit(x, [1, 2, 3, 4], ["intercept", "log price"]));
        Assert.Contains("log price", error.Message);
    }

    [Fact]
    public void Fit_Throws_WhenTooFewRows()
    {
        double[,] x = { { 1, 1 }, { 1, 2 } };
        Assert.Throws<ArgumentException>(() => LeastSquares.Fit(x, [1, 2], ["intercept", "x"]));
    }
}
