namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>
/// Fits each product's constant-elasticity demand (pooled across its category when the case names one and the product's
/// own price barely moved), recommends a price without change limits or price endings, and
/// compares both with the generator's truth.
/// </summary>
public sealed class PriceRecoveryEvaluator
{
    private readonly DemandTrainer _trainer;
    private readonly PriceOptimizer _optimizer;

    /// <summary>Creates an evaluator with the given demand options (defaults when null).</summary>
    public PriceRecoveryEvaluator(DemandModelOptions? demandOptions = null)
    {
        _trainer = new DemandTrainer(demandOptions);
        _optimizer = new PriceOptimizer(new PricingOptions { MaximumChangePercent = null });
    }

    /// <summary>Evaluates every case; a product whose fit fails is reported with the reason, not thrown.</summary>
    public PriceRecoveryReport Evaluate(IEnumerable<PriceRecoveryCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var all = cases.ToList();
        var categories = all.Where(c => c.Category is not null).GroupBy(c => c.Category!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, IReadOnlyList<DemandObservation>>)g.ToDictionary(c => c.ProductId, c => c.History, StringComparer.Ordinal), StringComparer.Ordinal);
        var products = new List<ProductRecovery>();
        foreach (var c in all)
        {
            double trueOptimum = c.TrueElasticity < -1 ? c.UnitCost * c.TrueElasticity / (1 + c.TrueElasticity) : double.NaN;
            DemandModel model;
            try
            {
                model = c.Category is { } category ? _trainer.FitWithCategoryFallback(c.ProductId, categories[category]) : _trainer.Fit(c.History);
            }
            catch (ArgumentException error)
            {
                products.Add(new ProductRecovery(c.ProductId, c.TrueElasticity, null, null, 0, trueOptimum, null, null, null, [error.Message]));
                continue;
            }
            double currentPrice = c.History[^1].Price;
            var recommendation = _optimizer.Recommend(model, new PricingRequest(c.UnitCost, currentPrice));
            double? price = recommendation.RecommendedPrice;
            products.Add(new ProductRecovery(
                c.ProductId, c.TrueElasticity, model.Elasticity, model.StandardError, model.PriceVariation, trueOptimum, price,
                Math.Abs(model.Elasticity - c.TrueElasticity) / Math.Abs(c.TrueElasticity),
                price is { } p && double.IsFinite(trueOptimum) ? Math.Abs(p - trueOptimum) / trueOptimum : null,
                recommendation.Issues.Select(i => i.ToString()).ToArray(), model.IsPooled,
                price is null ? null : recommendation.ConfidenceLow, price is null ? null : recommendation.ConfidenceHigh));
        }

        var elasticity = products.Where(p => p.ElasticityError is not null).Select(p => p.ElasticityError!.Value).ToArray();
        var gaps = products.Where(p => p.PriceGap is not null).Select(p => p.PriceGap!.Value).ToArray();
        return new PriceRecoveryReport(
            elasticity.Length == 0 ? double.NaN : 100 * elasticity.Average(),
            gaps.Length == 0 ? double.NaN : 100 * gaps.Average(),
            elasticity.Length == 0 ? double.NaN : elasticity.Count(e => e <= 0.10) / (double)elasticity.Length,
            gaps.Length == 0 ? double.NaN : gaps.Count(g => g <= 0.02) / (double)gaps.Length,
            gaps.Length,
            products)
        {
            OptimumCoverage = Share(products.Select(p => p.RangeCoversTruth)),
            Pinned = products.Count(p => p.PinnedToTwoPercent == true),
            SharePinnedWithin2Percent = Share(products.Where(p => p.PinnedToTwoPercent == true).Select(p => (bool?)(p.PriceGap <= 0.02))),
        };
    }

    private static double Share(IEnumerable<bool?> flags)
    {
        var known = flags.Where(f => f is not null).ToList();
        return known.Count == 0 ? double.NaN : known.Count(f => f == true) / (double)known.Count;
    }
}
