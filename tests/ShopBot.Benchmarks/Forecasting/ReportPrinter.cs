using System.Globalization;
using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Benchmarks.Forecasting;

/// <summary>Prints an evaluation report with optional published anchors beside the measured figures.</summary>
internal static class ReportPrinter
{
    public static void Print(ForecastEvaluationReport report, IReadOnlyDictionary<string, (double Smape, double Mase, double Owa)>? anchors = null)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"{report.SeriesCount} series, horizon {report.Horizon}, seasonality {report.Seasonality}, {report.Seconds:F1} s (one core)"));
        if (report.Skipped.Count > 0) Console.WriteLine(string.Create(ci, $"skipped {report.Skipped.Count}: {string.Join("; ", report.Skipped.Take(3))}"));
        Console.WriteLine($"{"method",-44} {"sMAPE",8} {"MASE",8} {"OWA",7}   anchor sMAPE / MASE / OWA");
        foreach (var m in report.Methods)
        {
            var anchor = anchors is not null && anchors.TryGetValue(m.Method, out var a)
                ? string.Create(ci, $"{a.Smape,8:F3} / {a.Mase:F3} / {a.Owa:F3}")
                : "";
            Console.WriteLine(string.Create(ci, $"{m.Method,-44} {m.Smape,8:F3} {m.Mase,8:F3} {m.Owa,7:F3}   {anchor}"));
        }
        Console.WriteLine(string.Create(ci, $"Auto interval coverage on held-out points: 80% -> {report.Coverage80:P1}, 95% -> {report.Coverage95:P1}"));
        Console.WriteLine("chosen by Auto: " + string.Join(", ", report.ChosenCounts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
    }
}
