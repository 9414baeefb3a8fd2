using ShopBot.Skills.Learning.PriceOptimization;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>One demo product's recovery figures.</summary>
/// <param name="Recovery">Fitted versus true elasticity and recommended versus true optimal price.</param>
/// <param name="Name">Product name.</param>
/// <param name="EnoughPriceVariation">True when the product's own log-price standard deviation reaches the trainer's minimum.</param>
public sealed record DemoPricingProduct(ProductRecovery Recovery, string Name, bool EnoughPriceVariation)
{
    /// <summary>True when the elasticity came from the category's pooled fit.</summary>
    public bool Pooled => Recovery.Pooled;
}
