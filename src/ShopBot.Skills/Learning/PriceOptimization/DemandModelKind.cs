namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>The functional form of a fitted demand curve.</summary>
public enum DemandModelKind
{
    /// <summary>log(units) = a + e * log(price) + controls; e is the constant price elasticity.</summary>
    ConstantElasticity,

    /// <summary>units = a + b * price + controls; the elasticity changes along the curve.</summary>
    Linear,
}
