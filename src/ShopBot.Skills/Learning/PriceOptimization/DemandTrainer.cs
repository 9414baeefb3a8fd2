using MathNet.Numerics.Distributions;

namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>
/// Fits demand curves from daily price and sales history by OLS with controls for trend, day of week, yearly season and
/// promotions; either per product or pooled across a category with product fixed effects.
/// </summary>
public sealed class DemandTrainer
{
    private readonly DemandModelOptions _options;

    /// <summary>Creates a trainer; <paramref name="options"/> defaults to <see cref="DemandModelOptions"/>'s defaults.</summary>
    public DemandTrainer(DemandModelOptions? options = null)
    {
        _options = options ?? new DemandModelOptions();
        _options.Validate();
    }

    /// <summary>Fits one product's own demand curve. Throws <see cref="ArgumentException"/> on bad or insufficient data.</summary>
    public DemandModel Fit(IReadOnlyList<DemandObservation> history, DemandModelKind kind = DemandModelKind.ConstantElasticity)
    {
        ArgumentNullException.ThrowIfNull(history);
        Validate(history, "history");
        return FitGroups([history], kind, pooled: false)[0];
    }

    /// <summary>
    /// Fits one price coefficient shared by all products of a category, each product keeping its own level (fixed effect).
    /// Returns a model per product id.
    /// </summary>
    public IReadOnlyDictionary<string, DemandModel> FitPooled(
        IReadOnlyDictionary<string, IReadOnlyList<DemandObservation>> category,
        DemandModelKind kind = DemandModelKind.ConstantElasticity)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Count == 0) throw new ArgumentException("The category has no products.", nameof(category));
        var ids = category.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var groups = new IReadOnlyList<DemandObservation>[ids.Length];
        for (int g = 0; g < ids.Length; g++)
        {
            groups[g] = category[ids[g]] ?? throw new ArgumentException($"Product '{ids[g]}' has no history.", nameof(category));
            Validate(groups[g], $"product '{ids[g]}'");
        }
        var models = FitGroups(groups, kind, pooled: true);
        var result = new Dictionary<string, DemandModel>(StringComparer.Ordinal);
        for (int g = 0; g < ids.Length; g++) result[ids[g]] = models[g];
        return result;
    }

    /// <summary>
    /// Fits <paramref name="productId"/>'s own curve when its price varied enough
    /// (<see cref="DemandModelOptions.MinimumPriceVariation"/>), otherwise the category's pooled curve.
    /// </summary>
    public DemandModel FitWithCategoryFallback(
        string productId,
        IReadOnlyDictionary<string, IReadOnlyList<DemandObservation>> category,
        DemandModelKind kind = DemandModelKind.ConstantElasticity)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (!category.TryGetValue(productId, out var own) || own is null)
            throw new ArgumentException($"Product '{productId}' is not in the category.", nameof(productId));
        Validate(own, $"product '{productId}'");
        if (LogPriceStandardDeviation(own) >= _options.MinimumPriceVariation) return Fit(own, kind);
        return FitPooled(category, kind)[productId];
    }

    /// <summary>Sample standard deviation of log(price); 0 for fewer than two days.</summary>
    internal static double LogPriceStandardDeviation(IReadOnlyList<DemandObservation> history)
    {
        if (history.Count < 2) return 0;
        double mean = 0;
        foreach (var o in history) mean += Math.Log(o.Price);
        mean /= history.Count;
        double sum = 0;
        foreach (var o in history)
        {
            double d = Math.Log(o.Price) - mean;
            sum += d * d;
        }
        return Math.Sqrt(sum / (history.Count - 1));
    }

    private DemandModel[] FitGroups(IReadOnlyList<IReadOnlyList<DemandObservation>> groups, DemandModelKind kind, bool pooled)
    {
        bool constantElasticity = kind == DemandModelKind.ConstantElasticity;
        bool poisson = constantElasticity && _options.Estimator == DemandEstimator.PoissonPseudoLikelihood;
        var design = DemandDesign.Create(groups, logPrice: constantElasticity, logResponse: constantElasticity && !poisson, _options);
        for (int g = 0; g < groups.Count; g++)
        {
            if (design.RowsPerGroup[g] == 0 || groups[g].All(o => o.Units <= 0))
                throw new ArgumentException(groups.Count == 1
                    ? "The history has no day with sales; a constant-elasticity curve cannot be fitted."
                    : $"Product {g} of the category has no day with sales.");
        }
        var fit = poisson
            ? PoissonRegression.Fit(design.Matrix, design.Response, design.Names)
            : LeastSquares.Fit(design.Matrix, design.Response, design.Names);
        int p = design.PriceColumn;
        double coefficient = fit.Coefficients[p];
        double se = fit.StandardErrors[p];
        double t = coefficient / se;
        double pValue = 2 * (1 - StudentT.CDF(0, 1, fit.DegreesOfFreedom, Math.Abs(t)));

        // Duan's smearing factor turns exp(E[log units]) back into E[units] without assuming normal errors
        // (the Poisson fit models E[units] directly and needs none).
        double smearing = 1;
        if (constantElasticity && !poisson)
        {
            double sum = 0;
            foreach (double r in fit.Residuals) sum += Math.Exp(r);
            smearing = sum / fit.Residuals.Length;
        }

        var models = new DemandModel[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            double linear = 0;
            var baseline = design.Baselines[g];
            for (int c = 0; c < baseline.Length; c++) linear += fit.Coefficients[c] * baseline[c];
            double level = kind == DemandModelKind.ConstantElasticity ? Math.Exp(linear) * smearing : linear;
            double logMean = 0;
            foreach (var o in groups[g]) logMean += Math.Log(o.Price);
            models[g] = new DemandModel(
                kind, coefficient, se, fit.RobustStandardErrors[p], t, pValue, fit.RSquared,
                fit.Observations, fit.DegreesOfFreedom, design.ZeroDaysDropped[g],
                LogPriceStandardDeviation(groups[g]), Math.Exp(logMean / groups[g].Count), level, pooled);
        }
        return models;
    }

    private static void Validate(IReadOnlyList<DemandObservation> history, string what)
    {
        if (history.Count == 0) throw new ArgumentException($"The {what} is empty.");
        var seen = new HashSet<DateOnly>();
        foreach (var o in history)
        {
            if (o is null) throw new ArgumentException($"The {what} contains a missing day.");
            if (!(o.Price > 0) || double.IsInfinity(o.Price)) throw new ArgumentException($"The {what} has a non-positive or non-finite price ({o.Price}) on {o.Date:yyyy-MM-dd}.");
            if (!(o.Units >= 0) || double.IsInfinity(o.Units)) throw new ArgumentException($"The {what} has negative or non-finite units ({o.Units}) on {o.Date:yyyy-MM-dd}.");
            if (!seen.Add(o.Date)) throw new ArgumentException($"The {what} has two rows for {o.Date:yyyy-MM-dd}.");
        }
    }
}
