namespace ShopBot.Skills.Learning.Inventory;

/// <summary>When stock on hand is expected to run out under the daily demand forecast.</summary>
/// <param name="Date">Day on which cumulative forecast demand reaches the stock; null when it does not within the forecast.</param>
/// <param name="DaysOfCover">Fractional days the stock lasts from the start day (linear within the last day); null when beyond the forecast.</param>
/// <param name="ForecastDemand">Total forecast demand over the forecast window.</param>
public sealed record StockoutEstimate(DateOnly? Date, double? DaysOfCover, double ForecastDemand)
{
    /// <summary>True when the stock outlasts the forecast window (no stock-out date within it).</summary>
    public bool BeyondForecast => Date is null;
}
