namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Why the data cannot support a price recommendation.</summary>
public enum PricingIssue
{
    /// <summary>The unit cost is missing (NaN) or negative.</summary>
    MissingCost,

    /// <summary>Fewer regression rows than <see cref="PricingOptions.MinimumObservations"/>.</summary>
    TooFewObservations,

    /// <summary>The product's own price barely moved, so its elasticity is not identified; use a pooled category fit.</summary>
    TooLittlePriceVariation,

    /// <summary>The price coefficient is not significantly different from zero.</summary>
    ElasticityNotSignificant,

    /// <summary>Constant elasticity e &gt;= -1: profit rises without bound as the price rises, so the model has no optimum.</summary>
    InelasticDemand,

    /// <summary>
    /// The confidence range of the price coefficient reaches e = -1 (or slope 0): the optimum is not pinned down
    /// (see <see cref="PricingOptions.RequireBoundedConfidenceRange"/>).
    /// </summary>
    OptimumUncertain,

    /// <summary>Linear demand whose slope is not negative.</summary>
    DemandNotDecreasing,

    /// <summary>Linear demand reaches zero at or below the unit cost: no price makes a profit.</summary>
    NoProfitablePrice,

    /// <summary>Too many zero-sales days were dropped from the log-log fit for it to be trusted.</summary>
    TooManyZeroSalesDays,

    /// <summary>The margin, change and competitor constraints leave no feasible price.</summary>
    ConstraintsInfeasible,
}
