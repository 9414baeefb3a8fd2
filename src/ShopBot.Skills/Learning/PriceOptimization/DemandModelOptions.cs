namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>How demand curves are fitted. Defaults suit two years of daily history.</summary>
public sealed class DemandModelOptions
{
    /// <summary>Pairs of yearly Fourier terms (sin/cos of 2*pi*k*dayOfYear/365.25, k = 1..n). Default 2; 0 turns yearly seasonality off.</summary>
    public int FourierTerms { get; set; } = 2;

    /// <summary>Yearly seasonality is only modelled when the history spans at least this many days (otherwise it is confounded with the trend). Default 365.</summary>
    public int MinimumDaysForSeasonality { get; set; } = 365;

    /// <summary>Estimator of the constant-elasticity form. Default <see cref="DemandEstimator.PoissonPseudoLikelihood"/> (keeps zero days; log-OLS is badly biased on small counts).</summary>
    public DemandEstimator Estimator { get; set; } = DemandEstimator.PoissonPseudoLikelihood;

    /// <summary>Include a linear time trend (per year). Default true.</summary>
    public bool IncludeTrend { get; set; } = true;

    /// <summary>Include day-of-week dummies (Sunday is the base day). Default true.</summary>
    public bool IncludeDayOfWeek { get; set; } = true;

    /// <summary>
    /// Below this standard deviation of log(price) (roughly the coefficient of variation of the price) a product's own
    /// elasticity is not trusted and the category's pooled estimate is used instead. Default 0.03 (about 3% price variation).
    /// </summary>
    public double MinimumPriceVariation { get; set; } = 0.03;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (FourierTerms is < 0 or > 6) throw new ArgumentException($"{nameof(FourierTerms)} must be between 0 and 6, was {FourierTerms}.");
        if (MinimumDaysForSeasonality < 0) throw new ArgumentException($"{nameof(MinimumDaysForSeasonality)} must be zero or more.");
        if (!(MinimumPriceVariation >= 0)) throw new ArgumentException($"{nameof(MinimumPriceVariation)} must be zero or more.");
    }
}
