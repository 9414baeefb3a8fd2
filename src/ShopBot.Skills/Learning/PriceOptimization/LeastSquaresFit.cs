namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>An ordinary least squares fit: coefficients with classical and HC1 (heteroskedasticity-robust) standard errors.</summary>
internal sealed record LeastSquaresFit(
    double[] Coefficients,
    double[] StandardErrors,
    double[] RobustStandardErrors,
    double[] Residuals,
    double RSquared,
    double ResidualVariance,
    int Observations,
    int Parameters)
{
    /// <summary>Residual degrees of freedom, n - k.</summary>
    public int DegreesOfFreedom => Observations - Parameters;
}
