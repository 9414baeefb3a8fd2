namespace ShopBot.Skills.Learning.PriceOptimization.Simulation;

/// <summary>A simulated product: its true demand process and the daily history drawn from it.</summary>
/// <param name="Id">Product id.</param>
/// <param name="Truth">The parameters the history was generated with.</param>
/// <param name="History">One observation per day, in date order.</param>
public sealed record SimulatedProduct(string Id, DemandSimulationParameters Truth, IReadOnlyList<DemandObservation> History);
