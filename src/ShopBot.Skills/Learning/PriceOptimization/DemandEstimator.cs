namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>How a constant-elasticity curve is estimated (the linear form always uses OLS on units).</summary>
public enum DemandEstimator
{
    /// <summary>
    /// OLS of log(units) on log(price) and controls. Days with zero sales are dropped (log 0 is undefined), which biases
    /// the elasticity towards zero when they are common; fine for products selling several units a day.
    /// </summary>
    LogLinearOls,

    /// <summary>
    /// Poisson pseudo-maximum likelihood: E[units] = exp(X b), fitted by iteratively reweighted least squares. Keeps zero
    /// days, needs no retransformation, and stays consistent for any noise whose mean follows the curve (standard errors
    /// use the quasi-Poisson dispersion). The better choice for slow sellers.
    /// </summary>
    PoissonPseudoLikelihood,
}
