using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ShopBot.Skills.Learning.Forecasting;
using Spectre.Console;

namespace ShopBot.Cli;

/// <summary>
/// <c>forecast eval --series &lt;csv&gt; --horizon H [--seasonality S] [--json path]</c>: holds out the last H points of
/// every series, forecasts them with each method and the automatic choice, and reports sMAPE, MASE and OWA against
/// Naive2 computed in the same run.
/// </summary>
public sealed class ForecastCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var series = new Option<string>("--series") { Description = "CSV of series: M4 layout (one series per row) or long format (series,date,value)", Required = true };
        var horizon = new Option<int>("--horizon") { Description = "Points held out at the end of each series and forecast", Required = true };
        var seasonality = new Option<int>("--seasonality") { Description = "Seasonal period m for the models and the MASE scale (1 = none; M4 uses 1 for weekly)", DefaultValueFactory = _ => 1 };
        var json = new Option<string?>("--json") { Description = "Also write smape, mase, owa, naive2_smape, naive2_mase, series, seconds to this JSON file" };
        var eval = new Command("eval", "Hold-out evaluation of the forecasting methods against Naive2");
        eval.Options.Add(series);
        eval.Options.Add(horizon);
        eval.Options.Add(seasonality);
        eval.Options.Add(json);
        eval.SetAction((ParseResult pr, CancellationToken ct) => Task.FromResult(
            Evaluate(pr.GetValue(series)!, pr.GetValue(horizon), pr.GetValue(seasonality), pr.GetValue(json))));
        var forecast = new Command("forecast", "Demand forecasting tools");
        forecast.Subcommands.Add(eval);
        return forecast;
    }

    private static int Evaluate(string path, int horizon, int seasonality, string? jsonPath)
    {
        ForecastEvaluationReport report;
        try
        {
            var data = SeriesCsvReader.Read(path);
            report = new ForecastEvaluator().Evaluate(data, horizon, seasonality);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException)
        {
            AnsiConsole.MarkupLine($"[red]forecast eval: {Markup.Escape(e.Message)}[/]");
            return 2;
        }

        var table = new Table().Title(Markup.Escape($"{report.SeriesCount} series, horizon {report.Horizon}, m = {report.Seasonality}, {report.Seconds:F1} s"));
        table.AddColumn("method");
        table.AddColumn(new TableColumn("sMAPE").RightAligned());
        table.AddColumn(new TableColumn("MASE").RightAligned());
        table.AddColumn(new TableColumn("OWA").RightAligned());
        foreach (var m in report.Methods)
        {
            var name = m.Method == "Auto" ? "[bold]Auto (per-series choice)[/]" : Markup.Escape(m.Method);
            table.AddRow(name, F(m.Smape), F(m.Mase), F(m.Owa));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Auto interval coverage on held-out points: 80% -> {report.Coverage80:P1}, 95% -> {report.Coverage95:P1}")));
        if (report.Skipped.Count > 0)
            AnsiConsole.MarkupLine(Markup.Escape($"skipped {report.Skipped.Count} series, e.g. {report.Skipped[0]}"));

        if (jsonPath is not null)
        {
            var payload = new Dictionary<string, object>
            {
                ["smape"] = report.Auto.Smape,
                ["mase"] = report.Auto.Mase,
                ["owa"] = report.Auto.Owa,
                ["naive2_smape"] = report.Naive2.Smape,
                ["naive2_mase"] = report.Naive2.Mase,
                ["series"] = report.SeriesCount,
                ["seconds"] = report.Seconds,
            };
            File.WriteAllText(jsonPath, JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
            AnsiConsole.MarkupLine(Markup.Escape($"wrote {jsonPath}"));
        }
        return 0;
    }

    private static string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);
}
