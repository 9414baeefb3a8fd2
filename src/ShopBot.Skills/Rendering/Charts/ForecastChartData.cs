namespace ShopBot.Skills.Rendering.Charts;

/// <summary>What a forecast line chart shows.</summary>
/// <param name="Title">Chart title (escaped on output).</param>
/// <param name="HistoryDates">Dates of the observed values.</param>
/// <param name="History">Observed values.</param>
/// <param name="ForecastDates">Dates of the forecast steps (after the history).</param>
/// <param name="Forecast">Point forecasts.</param>
/// <param name="Lower">Lower interval bound per forecast step, or null for no band.</param>
/// <param name="Upper">Upper interval bound per forecast step, or null for no band.</param>
/// <param name="IntervalLabel">Legend text of the band. Default "95% interval".</param>
public sealed record ForecastChartData(string Title, IReadOnlyList<DateOnly> HistoryDates, IReadOnlyList<double> History,
    IReadOnlyList<DateOnly> ForecastDates, IReadOnlyList<double> Forecast, IReadOnlyList<double>? Lower = null,
    IReadOnlyList<double>? Upper = null, string IntervalLabel = "95% interval");
