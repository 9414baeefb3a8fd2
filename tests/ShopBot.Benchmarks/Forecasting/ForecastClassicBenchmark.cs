using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Benchmarks.Forecasting;

/// <summary>
/// Classic monthly series (airline, shampoo, car sales, champagne, writing paper; last 12 months held out) and the
/// eShop monthly product units (last 6 months held out), against Naive2 computed in the same run. No published anchors.
/// </summary>
public sealed class ForecastClassicBenchmark : IBenchmark
{
    public string Name => "forecast-classic";

    public string Description => "Classic TSDL series (h=12, m=12) and eShop products (h=6, m=12) vs Naive2; [classic-dir] [eshop-csv]";

    public Task<int> RunAsync(string[] args)
    {
        var classicDir = args.Length > 0 ? args[0] : SharedData.Path("forecasting", "classic");
        var eshop = args.Length > 1 ? args[1] : SharedData.Path("forecasting", "eshop-products-monthly.csv");
        var evaluator = new ForecastEvaluator();

        var classic = Directory.GetFiles(classicDir, "*.csv").Order(StringComparer.Ordinal)
            .Select(f => SeriesCsvReader.Read(f)[0] with { Id = Path.GetFileNameWithoutExtension(f) }).ToList();
        Console.WriteLine($"classic: {string.Join(", ", classic.Select(s => $"{s.Id} ({s.Values.Length})"))}; last 12 months never seen by the models");
        var report = evaluator.Evaluate(classic, 12, 12);
        ReportPrinter.Print(report);
        foreach (var s in classic)
        {
            var n = s.Values.Length - 12;
            var model = new AutoForecaster(12).FitModel(s.Values.AsSpan(0, n), 12);
            var f = model.Predict(12);
            Console.WriteLine($"  {s.Id,-30} Auto sMAPE {ForecastMetrics.Smape(s.Values.AsSpan(n), f),6:F2}  chosen {model.Name}");
        }

        Console.WriteLine();
        var products = SeriesCsvReader.Read(eshop);
        Console.WriteLine($"eshop: {products.Count} products from {eshop}; last 6 months of each never seen by the models");
        ReportPrinter.Print(evaluator.Evaluate(products, 6, 12));
        return Task.FromResult(0);
    }
}
