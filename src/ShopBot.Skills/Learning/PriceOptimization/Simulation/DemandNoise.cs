namespace ShopBot.Skills.Learning.PriceOptimization.Simulation;

/// <summary>How simulated daily units scatter around their expected value.</summary>
public enum DemandNoise
{
    /// <summary>Units ~ Poisson(expected units): integer sales, zero days possible at low volume.</summary>
    Poisson,

    /// <summary>Units = expected units * exp(N(-s^2/2, s^2)): mean-preserving multiplicative noise, never zero.</summary>
    LogNormal,
}
