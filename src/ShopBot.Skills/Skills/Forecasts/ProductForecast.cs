using ShopBot.Skills.Learning.Forecasting;
using ShopBot.Skills.Learning.Inventory;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>A product's demand forecast as the staff reply shows it (staff only: contains sales figures).</summary>
/// <param name="Grain">Day or week steps.</param>
/// <param name="HistoryStarts">First day of each history step, oldest first.</param>
/// <param name="History">Units sold per history step.</param>
/// <param name="ForecastStarts">First day of each forecast step; step 0 starts today.</param>
/// <param name="Result">Point forecasts, 80%/95% bounds (not clipped) and the backtest error of the chosen method.</param>
/// <param name="Stockout">When today's stock runs out under the forecast.</param>
/// <param name="Reorder">Safety stock and reorder point for the supplier lead time.</param>
public sealed record ProductForecast(ForecastGrain Grain, IReadOnlyList<DateOnly> HistoryStarts, double[] History,
    IReadOnlyList<DateOnly> ForecastStarts, ForecastResult Result, StockoutEstimate Stockout, ReorderAdvice Reorder)
{
    /// <summary>Days per step (1 or 7).</summary>
    public int StepDays => Grain == ForecastGrain.Week ? 7 : 1;
}
