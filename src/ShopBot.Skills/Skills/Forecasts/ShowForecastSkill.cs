using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Rendering.Charts;
using ShopBot.Skills.Skills.Charts;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.Staff;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// show_forecast (staff only): the demand forecast of one product for the period asked ("next 8 weeks", "in
/// December"; default <see cref="ForecastSkillOptions.DefaultHorizonWeeks"/> weeks) as a markdown table with 80%
/// intervals, the chosen model and its backtest sMAPE/MASE, the stock-out date and reorder point, and an SVG line
/// chart (history, forecast, 80% band): an image attachment where the channel shows SVG, else a link card
/// (<see cref="ChartDelivery"/>). Anyone else gets a polite refusal with no figures.
/// Templates: dialogs/responses/forecasts.lg.
/// </summary>
public sealed class ShowForecastSkill(IProductStore products, DemandForecaster forecaster, StaffDirectory staff,
    IResponseRenderer responses, IOptions<ForecastSkillOptions> options, ChartDelivery charts) : ProductDialog(products, responses, options)
{
    private const string StartKey = "start";
    private const string EndKey = "end";

    /// <inheritdoc />
    public override string Name => "show_forecast";

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Intents => ["show_forecast"];

    /// <inheritdoc />
    protected override string TemplatePrefix => "Forecast";

    /// <inheritdoc />
    protected override async Task<bool> StartAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken)
    {
        if (!await staff.IsStaffAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.ReplyAsync(Responses, "ForecastStaffOnly", new { }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (ForecastPeriodResolver.Resolve(turn.Recognized?.Entities ?? [], forecaster.Today) is { } period)
        {
            frame.Set(StartKey, period.Start.ToString("O", CultureInfo.InvariantCulture));
            frame.Set(EndKey, period.End.ToString("O", CultureInfo.InvariantCulture));
        }

        return true;
    }

    /// <inheritdoc />
    protected override async Task AnswerAsync(ITurnContext turn, DialogFrame frame, Product product, CancellationToken cancellationToken)
    {
        // Checked again: the product may arrive in a later message, and staff lists can change meanwhile.
        if (!await staff.IsStaffAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.ReplyAsync(Responses, "ForecastStaffOnly", new { }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var today = forecaster.Today;
        var period = ForecastPeriodResolver.Resolve(turn.Recognized?.Entities ?? [], today) ?? StoredPeriod(frame)
            ?? new ForecastPeriod(today, today.AddDays(7 * Options.DefaultHorizonWeeks), false);
        if (period.End <= today)
        {
            await turn.ReplyAsync(Responses, "ForecastPeriodPast", new { product = product.Name, period = Format(period) }, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (period.Start < today) period = period with { Start = today };
        if (period.End.DayNumber - today.DayNumber > 7 * Options.MaxHorizonWeeks)
        {
            await turn.ReplyAsync(Responses, "ForecastTooFar", new { product = product.Name, weeks = Options.MaxHorizonWeeks }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var forecast = await forecaster.ForecastAsync(product, period, cancellationToken).ConfigureAwait(false);
        if (forecast is null)
        {
            await turn.ReplyAsync(Responses, "ForecastTooLittleHistory", new { product = product.Name }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (svg, title) = Chart(product, forecast);
        var attachments = await charts.AttachmentsAsync(turn, svg, $"forecast-{product.Sku}.svg", title, cancellationToken).ConfigureAwait(false);
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = Responses.Render(double.IsFinite(forecast.Result.BacktestSmape) ? "ForecastReport" : "ForecastReportNoBacktest", ReportData(product, period, forecast)),
            InputHint = InputHints.AcceptingInput,
            Attachments = attachments.Count > 0 ? [.. attachments] : null,
        };
        await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private Dictionary<string, object?> ReportData(Product product, ForecastPeriod period, ProductForecast forecast)
    {
        var grain = forecast.Grain == ForecastGrain.Week ? "Week" : "Day";
        // A blank line before the table so every markdown renderer starts a table block.
        var table = new StringBuilder("\n").Append(Responses.Render("ForecastTableHeader." + grain));
        var r = forecast.Result;
        double total = 0;
        for (var i = 0; i < forecast.ForecastStarts.Count; i++)
        {
            var start = forecast.ForecastStarts[i];
            var end = start.AddDays(forecast.StepDays);
            var overlap = Math.Min(end.DayNumber, period.End.DayNumber) - Math.Max(start.DayNumber, period.Start.DayNumber);
            if (overlap <= 0) continue;
            total += Math.Max(0, r.Point[i]) * overlap / forecast.StepDays;
            table.Append('\n').Append("| ").Append(Day(start)).Append(" | ").Append(Units(r.Point[i]))
                .Append(" | ").Append(Units(r.Lower80[i])).Append("–").Append(Units(r.Upper80[i])).Append(" |");
        }

        var stock = forecast.Stockout;
        var stockTemplate = product.Stock <= 0 ? "ForecastOutOfStock" : stock.Date is { } date ? "ForecastStockout" : "ForecastStockLasts";
        var advice = forecast.Reorder;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["product"] = product.Name,
            ["sku"] = product.Sku,
            ["period"] = Format(period),
            ["table"] = table.Append('\n').ToString(),
            ["total"] = Units(total),
            ["model"] = r.Method,
            ["smape"] = double.IsFinite(r.BacktestSmape) ? r.BacktestSmape.ToString("0.0", CultureInfo.InvariantCulture) : "",
            ["mase"] = double.IsFinite(r.BacktestMase) ? r.BacktestMase.ToString("0.00", CultureInfo.InvariantCulture) : "",
            ["stock"] = product.Stock.ToString(CultureInfo.InvariantCulture),
            ["inbound"] = product.InboundQuantity.ToString(CultureInfo.InvariantCulture),
            ["stockoutDate"] = stock.Date is { } d ? Day(d) : "",
            ["forecastEnd"] = Day(forecast.ForecastStarts[^1].AddDays(forecast.StepDays - 1)),
            ["leadTime"] = product.SupplierLeadTimeDays.ToString(CultureInfo.InvariantCulture),
            ["safetyStock"] = Units(advice.SafetyStock),
            ["reorderPoint"] = Units(advice.ReorderPoint),
            ["serviceLevel"] = (Options.ServiceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture),
        };
        values["stockLine"] = Responses.Render(stockTemplate, values);
        values["reorderLine"] = Responses.Render(advice.ReorderNow ? "ForecastReorderNow" : "ForecastReorderLater", values);
        return values;
    }

    private (string Svg, string Title) Chart(Product product, ProductForecast forecast)
    {
        var keep = Math.Min(Options.ChartHistoryPeriods, forecast.History.Length);
        var r = forecast.Result;
        var title = Responses.Render(forecast.Grain == ForecastGrain.Week ? "ForecastChartTitle.Week" : "ForecastChartTitle.Day", new { product = product.Name, sku = product.Sku });
        var data = new ForecastChartData(
            title,
            forecast.HistoryStarts.Skip(forecast.History.Length - keep).ToList(),
            forecast.History[^keep..],
            forecast.ForecastStarts,
            r.Point.Select(v => Math.Max(0, v)).ToList(),
            r.Lower80.Select(v => Math.Max(0, v)).ToList(),
            r.Upper80.Select(v => Math.Max(0, v)).ToList(),
            Responses.Render("ForecastChartBand"));
        return (new ForecastChartWriter().Write(data), title);
    }

    private static ForecastPeriod? StoredPeriod(DialogFrame frame) =>
        frame.Get<string>(StartKey) is { } s && frame.Get<string>(EndKey) is { } e
            ? new ForecastPeriod(DateOnly.ParseExact(s, "O", CultureInfo.InvariantCulture), DateOnly.ParseExact(e, "O", CultureInfo.InvariantCulture), true)
            : null;

    private static string Format(ForecastPeriod period) => $"{Day(period.Start)} – {Day(period.End.AddDays(-1))}";

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Units rounded to a whole number, never below zero (sales cannot be negative).</summary>
    private static string Units(double value) => Math.Round(Math.Max(0, value), MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);
}
