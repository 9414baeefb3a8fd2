using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Forecasting;
using ShopBot.Skills.Learning.Inventory;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// Forecasts one product's unit sales: daily sales (ending yesterday) summed into weeks for horizons beyond
/// <see cref="ForecastSkillOptions.DailyGrainMaxDays"/> (seasonality 1, as M4 treats weekly data) or kept daily
/// (seasonality 7), then the <see cref="AutoForecaster"/> (model chosen by rolling-origin backtest). On top: the
/// stock-out date of today's stock and the reorder point, from a daily demand forecast (weekly steps spread evenly over
/// their days) whose error spread is the one-step backtest spread (per day: the weekly spread / sqrt 7, days taken as
/// independent).
/// </summary>
public sealed class DemandForecaster(ISalesStore sales, TimeProvider time, IOptions<ForecastSkillOptions> options)
{
    /// <summary>Today's date (UTC) by the clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Forecasts <paramref name="product"/> from today to the end of <paramref name="period"/>; null when the product
    /// has too little sales history (fewer than <see cref="ForecastSkillOptions.MinHistoryPeriods"/> steps, no sales at
    /// all, or nothing any method can fit).
    /// Throws <see cref="ArgumentException"/> for a period that has ended or lies beyond the longest horizon.
    /// </summary>
    public async Task<ProductForecast?> ForecastAsync(Product product, ForecastPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(period);
        var o = options.Value;
        var today = Today;
        var daysAhead = period.End.DayNumber - today.DayNumber;
        if (daysAhead < 1) throw new ArgumentException("The period has already ended.", nameof(period));
        if (daysAhead > 7 * o.MaxHorizonWeeks) throw new ArgumentException($"The period ends more than {o.MaxHorizonWeeks} weeks ahead.", nameof(period));

        var grain = daysAhead <= o.DailyGrainMaxDays ? ForecastGrain.Day : ForecastGrain.Week;
        var step = grain == ForecastGrain.Week ? 7 : 1;
        var steps = grain == ForecastGrain.Week ? o.HistoryWeeks : o.DailyHistoryDays;
        var horizon = (daysAhead + step - 1) / step;
        var first = today.AddDays(-steps * step);
        var rows = await sales.GetDailySalesAsync(product.Id, first, today.AddDays(-1), cancellationToken).ConfigureAwait(false);
        var all = SalesAggregator.Buckets(rows, first, steps, step);
        var skip = SalesAggregator.FirstActive(all);
        var history = all[skip..];
        if (history.Length < o.MinHistoryPeriods || history.All(v => v == 0)) return null;

        AutoForecastModel model;
        try
        {
            model = new AutoForecaster(horizon).FitModel(history, grain == ForecastGrain.Week ? 1 : 7);
        }
        catch (ArgumentException)
        {
            // No method could be fitted to this history: answered like a history too short to trust.
            return null;
        }

        var result = model.Forecast(horizon);
        var historyStarts = Enumerable.Range(skip, history.Length).Select(i => first.AddDays(i * step)).ToList();
        var forecastStarts = Enumerable.Range(0, horizon).Select(i => today.AddDays(i * step)).ToList();

        var daily = new double[horizon * step];
        for (var d = 0; d < daily.Length; d++) daily[d] = Math.Max(0, result.Point[d / step]) / step;
        var sigmaStep = (result.Upper80[0] - result.Point[0]) / PredictionIntervals.Z80;
        var sigmaDaily = Math.Max(0, sigmaStep) / Math.Sqrt(step);
        var stockout = StockoutEstimator.Estimate(product.Stock, daily, today);
        var reorder = ReorderPolicy.Advise(daily, sigmaDaily, product.SupplierLeadTimeDays, o.ServiceLevel, product.Stock, product.InboundQuantity);
        return new ProductForecast(grain, historyStarts, history, forecastStarts, result, stockout, reorder);
    }
}
