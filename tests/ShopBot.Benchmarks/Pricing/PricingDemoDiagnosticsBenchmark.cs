using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Skills.Pricing;

namespace ShopBot.Benchmarks.Pricing;

/// <summary>
/// Why the demo shop's recommended prices miss the true optimum: regenerates the demo shop, runs the same evaluation as
/// <c>pricing eval</c>, and for every product also computes the Cramér-Rao bound of the elasticity (the smallest standard
/// error any unbiased estimator can reach on that product's data: sqrt of the price entry of (X' diag(mu) X)^-1 with the
/// generator's true daily means mu and the fit's own regressors X). If the realised errors match the bound, the estimator
/// is efficient and the remaining gap is information, not bias. Prints per-band figures (elasticity band, volume band),
/// the price gap the bound implies (|d ln p*/de| = 1/|e(1+e)| times the bound), the profit lost at the recommended price
/// under the true curve, and which products were pooled across their category.
/// Options: --seed S (default the demo seed), --products N (default 300).
/// </summary>
public sealed class PricingDemoDiagnosticsBenchmark : IBenchmark
{
    public string Name => "pricing-demo";

    public string Description => "Demo shop price recovery per band, against the Cramér-Rao bound of each product's data (--seed S --products N)";

    public Task<int> RunAsync(string[] args)
    {
        var options = new DemoDataOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out int seed): options.Seed = seed; i++; break;
                case "--products" when int.TryParse(value, CultureInfo.InvariantCulture, out int n) && n > 5: options.ProductCount = n; i++; break;
                default:
                    Console.Error.WriteLine($"bad argument '{args[i]}'; use --seed S, --products N (> 5)");
                    return Task.FromResult(2);
            }
        }

        var shop = DemoDataGenerator.Generate(options, new FixedClock(DemoPricingEvaluator.DefaultNow));
        var report = DemoPricingEvaluator.Evaluate(shop);
        var truth = shop.GroundTruth.ToDictionary(t => t.ProductId.ToString(CultureInfo.InvariantCulture));
        var sales = shop.DailySales.GroupBy(s => s.ProductId.ToString(CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Date).ToList());

        var rows = new List<Row>();
        foreach (var product in report.Details)
        {
            var r = product.Recovery;
            var t = truth[r.ProductId];
            var days = sales[r.ProductId];
            double bound = CramerRaoBound(days, t);
            double sensitivity = 1 / Math.Abs(t.Elasticity * (1 + t.Elasticity));
            double? regret = r.RecommendedPrice is { } p ? 1 - Profit(p, t.Elasticity, r.TrueOptimalPrice) / Profit(r.TrueOptimalPrice, t.Elasticity, r.TrueOptimalPrice) : null;
            double meanUnits = days.Average(d => d.Units);
            rows.Add(new Row(r, t.Elasticity, meanUnits, bound, sensitivity * bound, regret, product.Pooled));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pricing-demo: demo shop seed {shop.Seed}, {rows.Count} products, {options.SalesDays} days of generated daily sales."));
        Console.WriteLine("The fits see only each product's daily price, units and promotion flag; the generator's parameters are held back");
        Console.WriteLine("(they are used only to score the fits and to compute the Cramér-Rao bound).");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"band",-26} {"n",4} {"units/d",7} {"e MAPE",7} {"e<=10%",7} {"bias",6} {"RMSE",6} {"CR SE",6} {"eff",5} {"sup",4} {"gap MAPE",8} {"<=2%",6} {"CR gap",6} {"CR<=2%",6} {"profit lost",11}"));
        PrintBand("all", rows);
        PrintBand("e in [-3.5, -2.5)", rows.Where(r => r.TrueE < -2.5));
        PrintBand("e in [-2.5, -2)", rows.Where(r => r.TrueE is >= -2.5 and < -2));
        PrintBand("e in [-2, -1.3]", rows.Where(r => r.TrueE >= -2));
        PrintBand("units/day < 5", rows.Where(r => r.MeanUnits < 5));
        PrintBand("units/day 5-15", rows.Where(r => r.MeanUnits is >= 5 and < 15));
        PrintBand("units/day >= 15", rows.Where(r => r.MeanUnits >= 15));
        PrintBand("e < -2 and units/day >= 15", rows.Where(r => r.TrueE < -2 && r.MeanUnits >= 15));
        Console.WriteLine();
        Console.WriteLine("bias: mean signed (fitted - true)/|true|; RMSE: root mean square (fitted - true); CR SE: root mean square Cramér-Rao bound;");
        Console.WriteLine("eff: RMSE / CR SE (1 = no unbiased estimator can do better on this data); CR gap / CR<=2%: the expected |price gap| and");
        Console.WriteLine("share within 2% that an estimator AT the bound would reach; profit lost: mean share of the true optimal profit lost at");
        Console.WriteLine("the recommended price under the true demand curve.");
        var pooled = rows.Where(r => r.Pooled).Select(r => r.Recovery.ProductId).ToArray();
        Console.WriteLine(pooled.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"pooled across the category: none (every product's log-price SD >= {new DemandModelOptions().MinimumPriceVariation}; smallest {rows.Min(r => r.Recovery.PriceVariation):F3})")
            : $"pooled across the category: {pooled.Length} products ({string.Join(", ", pooled)})");
        return Task.FromResult(0);
    }

    private static void PrintBand(string name, IEnumerable<Row> band)
    {
        var b = band.ToList();
        if (b.Count == 0) return;
        var fitted = b.Where(r => r.Recovery.FittedElasticity is not null).ToList();
        var supported = b.Where(r => r.Recovery.PriceGap is not null).ToList();
        double mape = 100 * fitted.Average(r => r.Recovery.ElasticityError!.Value);
        double within10 = 100.0 * fitted.Count(r => r.Recovery.ElasticityError <= 0.10) / fitted.Count;
        double bias = 100 * fitted.Average(r => (r.Recovery.FittedElasticity!.Value - r.TrueE) / Math.Abs(r.TrueE));
        double rmse = Math.Sqrt(fitted.Average(r => Math.Pow(r.Recovery.FittedElasticity!.Value - r.TrueE, 2)));
        double cr = Math.Sqrt(fitted.Average(r => r.Bound * r.Bound));
        double gap = supported.Count > 0 ? 100 * supported.Average(r => r.Recovery.PriceGap!.Value) : double.NaN;
        double within2 = supported.Count > 0 ? 100.0 * supported.Count(r => r.Recovery.PriceGap <= 0.02) / supported.Count : double.NaN;
        // |gap| ~ |N(0, s)| with s = sensitivity * bound: E|gap| = s * sqrt(2/pi), P(|gap| <= 2%) = 2 Phi(0.02/s) - 1.
        double crGap = 100 * b.Average(r => r.BoundGap * Math.Sqrt(2 / Math.PI));
        double crWithin2 = 100 * b.Average(r => 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, 0.02 / r.BoundGap) - 1);
        double lost = supported.Count > 0 ? 100 * supported.Average(r => r.Regret!.Value) : double.NaN;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {b.Count,4} {b.Average(r => r.MeanUnits),7:F1} {mape,6:F2}% {within10,6:F1}% {bias,5:F1}% {rmse,6:F3} {cr,6:F3} {rmse / cr,5:F2} {supported.Count,4} {gap,7:F2}% {within2,5:F1}% {crGap,5:F2}% {crWithin2,5:F1}% {lost,10:F3}%"));
    }

    /// <summary>Profit per unit of demand scale, (p - c) p^e, with c recovered from the true optimum p* = c e / (1 + e).</summary>
    private static double Profit(double price, double e, double trueOptimum)
    {
        double cost = trueOptimum * (1 + e) / e;
        return (price - cost) * Math.Pow(price, e);
    }

    /// <summary>sqrt([(X' diag(mu) X)^-1]_price) with the fit's regressors and the generator's true means.</summary>
    private static double CramerRaoBound(IReadOnlyList<Skills.Data.Shop.DailySale> days, ProductGroundTruth truth)
    {
        var history = days.Select(d => new DemandObservation(d.Date, d.PriceCents / 100.0, d.Units, d.OnPromotion)).ToArray();
        var design = DemandDesign.Create([history], logPrice: true, logResponse: false, new DemandModelOptions());
        int n = design.Matrix.GetLength(0), k = design.Matrix.GetLength(1);
        var information = Matrix<double>.Build.Dense(k, k);
        for (int i = 0; i < n; i++)
        {
            double mu = truth.ExpectedUnits(days[i].Date, days[i].PriceCents, days[i].OnPromotion);
            for (int a = 0; a < k; a++)
            {
                double xa = design.Matrix[i, a] * mu;
                for (int c = 0; c < k; c++) information[a, c] += xa * design.Matrix[i, c];
            }
        }
        return Math.Sqrt(information.Inverse()[design.PriceColumn, design.PriceColumn]);
    }

    private sealed record Row(ProductRecovery Recovery, double TrueE, double MeanUnits, double Bound, double BoundGap, double? Regret, bool Pooled);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
