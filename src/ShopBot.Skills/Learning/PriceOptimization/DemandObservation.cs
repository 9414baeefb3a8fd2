namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>One day of a product's sales history: the shelf price that day and the units sold.</summary>
/// <param name="Date">The calendar day.</param>
/// <param name="Price">The price actually charged that day (after any promotion), strictly positive.</param>
/// <param name="Units">Units sold that day, zero or more.</param>
/// <param name="OnPromotion">True when a promotion ran that day (its extra lift beyond the price cut is a control).</param>
public sealed record DemandObservation(DateOnly Date, double Price, double Units, bool OnPromotion);
