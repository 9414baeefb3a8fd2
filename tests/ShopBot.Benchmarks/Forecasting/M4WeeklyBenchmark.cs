using System.Globalization;
using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Benchmarks.Forecasting;

/// <summary>
/// M4 weekly: the last 13 weeks of each of the 359 training series are held out (the models never see them) and
/// forecast from the rest. Seasonality m = 1, as the M4 guide uses for weekly data in MASE and Naive2.
/// </summary>
public sealed class M4WeeklyBenchmark : IBenchmark
{
    private static readonly Dictionary<string, (double, double, double)> Anchors = new()
    {
        ["Naive2"] = (9.161, 2.777, 1.000),
        ["Theta"] = (9.093, 2.637, 0.971),
        ["Damped"] = (8.866, 2.404, 0.917),
        ["Auto"] = (7.817, 2.356, 0.851),
    };

    public string Name => "m4-weekly";

    public string Description => "M4 weekly (359 series): hold out the last 13 weeks; [path] [--seasonality m] [--top-k k] [--origins n] [--max-history n]";

    public Task<int> RunAsync(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _))
            ?? SharedData.Path("forecasting", "m4-weekly-train.csv");
        var seasonality = IntArg(args, "--seasonality", 1);
        var options = new AutoForecastOptions
        {
            TopK = IntArg(args, "--top-k", new AutoForecastOptions().TopK),
            BacktestOrigins = IntArg(args, "--origins", new AutoForecastOptions().BacktestOrigins),
            MaxHistory = IntArg(args, "--max-history", new AutoForecastOptions().MaxHistory),
        };
        var series = SeriesCsvReader.Read(path);
        Console.WriteLine($"data: {path}; the models never saw the last 13 points of each series (held out here).");
        Console.WriteLine("anchors: M4 official test set (the 13 weeks after this file), so they are beside, not equal to, these figures; Auto's anchor is the M4 winner.");
        var report = new ForecastEvaluator(options).Evaluate(series, 13, seasonality);
        ReportPrinter.Print(report, Anchors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"goal OWA <= 0.90: {(report.Auto.Owa <= 0.90 ? "met" : "not met")} ({report.Auto.Owa:F3}); speed goal < 30 s: {(report.Seconds < 30 ? "met" : "not met")} ({report.Seconds:F1} s)"));
        return Task.FromResult(0);
    }

    internal static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
