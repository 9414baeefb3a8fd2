using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Learning.PriceOptimization;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>
/// Regenerates the demo shop in memory, fits every product's demand from its daily sales alone (price charged, units,
/// promotion flag; a product whose own price barely moved is pooled with its category) and compares the fitted elasticity and recommended price with the generator's truth.
/// </summary>
public static class DemoPricingEvaluator
{
    /// <summary>
    /// The clock the evaluation anchors the shop at, so that a seed always gives the same history (weekdays and
    /// seasons depend on the dates).
    /// </summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Evaluates a shop generated from <paramref name="options"/> at <paramref name="now"/> (default <see cref="DefaultNow"/>).</summary>
    public static DemoPricingReport Evaluate(DemoDataOptions options, DateTimeOffset? now = null, DemandModelOptions? demandOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shop = DemoDataGenerator.Generate(options, new FixedClock(now ?? DefaultNow));
        return Evaluate(shop, demandOptions);
    }

    /// <summary>Evaluates an already generated shop.</summary>
    public static DemoPricingReport Evaluate(DemoShop shop, DemandModelOptions? demandOptions = null)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var demand = demandOptions ?? new DemandModelOptions();
        var truth = shop.GroundTruth.ToDictionary(t => t.ProductId);
        var sales = shop.DailySales.GroupBy(s => s.ProductId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Date).ToList());
        var cases = new List<PriceRecoveryCase>();
        var names = new Dictionary<string, string>();
        foreach (var product in shop.Products)
        {
            if (!truth.TryGetValue(product.Id, out var t) || !sales.TryGetValue(product.Id, out var days) || days.Count == 0) continue;
            var history = days.Select(d => new DemandObservation(d.Date, d.PriceCents / 100.0, d.Units, d.OnPromotion)).ToArray();
            string id = product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names[id] = product.Name;
            cases.Add(new PriceRecoveryCase(id, history, t.Elasticity, product.CostCents / 100.0, product.Category));
        }

        var report = new PriceRecoveryEvaluator(demand).Evaluate(cases);
        var products = report.Products.Select(p => new DemoPricingProduct(p, names[p.ProductId], p.PriceVariation >= demand.MinimumPriceVariation)).ToArray();
        var enough = products.Where(p => p.EnoughPriceVariation).ToArray();
        return new DemoPricingReport(
            shop.Seed,
            products.Length,
            report.Supported,
            products.Length - report.Supported,
            enough.Length,
            report.ElasticityMape,
            Mape(enough.Select(p => p.Recovery.ElasticityError)),
            Share(enough.Select(p => p.Recovery.ElasticityError), 0.10),
            report.PriceGapMape,
            report.SharePriceWithin2Percent,
            products)
        {
            OptimumCoverage = report.OptimumCoverage,
            Pinned = report.Pinned,
            SharePinnedWithin2Percent = report.SharePinnedWithin2Percent,
        };
    }

    private static double Mape(IEnumerable<double?> errors)
    {
        var e = errors.Where(x => x is not null).Select(x => x!.Value).ToArray();
        return e.Length == 0 ? double.NaN : 100 * e.Average();
    }

    private static double Share(IEnumerable<double?> errors, double limit)
    {
        var e = errors.Where(x => x is not null).Select(x => x!.Value).ToArray();
        return e.Length == 0 ? double.NaN : e.Count(x => x <= limit) / (double)e.Length;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
