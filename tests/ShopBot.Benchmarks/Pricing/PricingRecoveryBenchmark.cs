using System.Globalization;
using System.Text.Json;
using ShopBot.Skills.Learning.PriceOptimization;
using ShopBot.Skills.Learning.PriceOptimization.Simulation;

namespace ShopBot.Benchmarks.Pricing;

/// <summary>
/// Simulates N products with known elasticities (uniform in [-3.5, -1.3]), fits them and compares the fitted elasticity
/// and the recommended price with the truth. Options: --products N (default 50), --seed S (default 42), --json PATH,
/// --estimator ols|poisson (default poisson), --units MIN,MAX (units on an average day, default 30,300).
/// </summary>
public sealed class PricingRecoveryBenchmark : IBenchmark
{
    public string Name => "pricing-recovery";

    public string Description => "Elasticity and optimal-price recovery on seeded simulated sales (--products N --seed S --json PATH --estimator ols|poisson --units MIN,MAX)";

    public Task<int> RunAsync(string[] args)
    {
        int products = 50, seed = 42;
        string? json = null;
        var estimator = DemandEstimator.PoissonPseudoLikelihood;
        double minUnits = 30, maxUnits = 300;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--products" when int.TryParse(value, CultureInfo.InvariantCulture, out products) && products > 0: i++; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out seed): i++; break;
                case "--json" when value is not null: json = value; i++; break;
                case "--estimator" when value is "ols" or "poisson":
                    estimator = value == "ols" ? DemandEstimator.LogLinearOls : DemandEstimator.PoissonPseudoLikelihood;
                    i++;
                    break;
                case "--units" when value?.Split(',') is [var lo, var hi]
                    && double.TryParse(lo, CultureInfo.InvariantCulture, out minUnits) && double.TryParse(hi, CultureInfo.InvariantCulture, out maxUnits)
                    && minUnits > 0 && maxUnits >= minUnits:
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"bad argument '{args[i]}'; use --products N (> 0), --seed S, --json PATH, --estimator ols|poisson, --units MIN,MAX");
                    return Task.FromResult(2);
            }
        }

        var random = new Random(seed);
        var cases = new List<PriceRecoveryCase>();
        for (int p = 0; p < products; p++)
        {
            var truth = DemandSimulator.RandomParameters(random, minUnits: minUnits, maxUnits: maxUnits);
            var product = DemandSimulator.Simulate($"sim-{p:D3}", truth, random.Next());
            cases.Add(new PriceRecoveryCase(product.Id, product.History, truth.Elasticity, truth.UnitCost));
        }
        var report = new PriceRecoveryEvaluator(new DemandModelOptions { Estimator = estimator }).Evaluate(cases);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pricing-recovery: {products} simulated products (seed {seed}), 730 days each, Poisson sales of {minUnits}-{maxUnits} units on an average day, estimator {estimator};"));
        Console.WriteLine("the model never sees the true parameters, only the daily price/units/promotion history.");
        Console.WriteLine($"{"product",-9} {"true e",7} {"fit e",7} {"se",6} {"err%",6} {"p*",8} {"rec",8} {"gap%",6}  issues");
        foreach (var r in report.Products)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.ProductId,-9} {r.TrueElasticity,7:F3} {r.FittedElasticity,7:F3} {r.StandardError,6:F3} {100 * r.ElasticityError,6:F2} {r.TrueOptimalPrice,8:F2} {r.RecommendedPrice,8:F2} {100 * r.PriceGap,6:F2}  {string.Join(",", r.Issues)}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elasticity MAPE {report.ElasticityMape:F2}%   (issue 8 target: each within 10%; {100 * report.ShareElasticityWithin10Percent:F0}% of products are)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"price gap MAPE  {report.PriceGapMape:F2}%   (issue 8 target: each within 2%; {100 * report.SharePriceWithin2Percent:F0}% of {report.Supported} supported products are)"));

        // The optimum's sensitivity to the elasticity, d ln p* / de = 1 / (e (1 + e)), is 2.6 at e = -1.3 but 0.11 at -3.5,
        // so the same elasticity error costs far more price accuracy near -1: report the two halves separately.
        foreach (var (name, inBand) in new (string, Func<double, bool>)[] { ("e in [-3.5, -2)", e => e < -2), ("e in [-2, -1.3]", e => e >= -2) })
        {
            var band = report.Products.Where(r => inBand(r.TrueElasticity)).ToList();
            var gaps = band.Where(r => r.PriceGap is not null).Select(r => r.PriceGap!.Value).ToList();
            var errors = band.Where(r => r.ElasticityError is not null).Select(r => r.ElasticityError!.Value).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: {band.Count} products, elasticity MAPE {(errors.Count > 0 ? 100 * errors.Average() : double.NaN):F2}%, price gap MAPE {(gaps.Count > 0 ? 100 * gaps.Average() : double.NaN):F2}% over {gaps.Count} supported, {gaps.Count(g => g <= 0.02)} within 2%"));
        }

        if (json is not null)
        {
            var payload = new
            {
                benchmark = Name,
                seed,
                estimator = estimator.ToString(),
                units = new[] { minUnits, maxUnits },
                elasticity_mape = report.ElasticityMape,
                price_gap_mape = report.PriceGapMape,
                share_elasticity_within_10pct = report.ShareElasticityWithin10Percent,
                share_price_within_2pct = report.SharePriceWithin2Percent,
                supported = report.Supported,
                products = report.Products.Select(r => new
                {
                    id = r.ProductId,
                    true_elasticity = r.TrueElasticity,
                    fitted_elasticity = r.FittedElasticity,
                    standard_error = r.StandardError,
                    price_variation = r.PriceVariation,
                    true_optimal_price = r.TrueOptimalPrice,
                    recommended_price = r.RecommendedPrice,
                    elasticity_ape = r.ElasticityError,
                    price_gap = r.PriceGap,
                    issues = r.Issues,
                }),
            };
            File.WriteAllText(json, JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"wrote {json}");
        }
        return Task.FromResult(0);
    }
}
