namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>One named series of equally spaced observations, oldest first.</summary>
/// <param name="Id">Series identifier (M4 id, product id...).</param>
/// <param name="Values">Observations, oldest first.</param>
/// <param name="Periods">Optional period labels (dates), one per value.</param>
public sealed record TimeSeries(string Id, double[] Values, IReadOnlyList<string>? Periods = null);
