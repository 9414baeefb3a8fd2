namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>
/// Recommends the profit-maximising price of a fitted demand curve: first checks the evidence, then finds the
/// unconstrained optimum (closed form for constant elasticity, numeric for linear demand), projects it onto the feasible
/// interval (minimum margin, maximum change per step, competitor bounds; both curve forms have unimodal profit, so the
/// projection is the constrained optimum), and finally picks the feasible price ending with the highest profit.
/// </summary>
public sealed class PriceOptimizer
{
    private readonly PricingOptions _options;

    /// <summary>Creates an optimiser; <paramref name="options"/> defaults to <see cref="PricingOptions"/>'s defaults.</summary>
    public PriceOptimizer(PricingOptions? options = null)
    {
        _options = options ?? new PricingOptions();
        _options.Validate();
    }

    /// <summary>Recommends a price for <paramref name="model"/>, or says why the data cannot support one.</summary>
    public PriceRecommendation Recommend(DemandModel model, PricingRequest request)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.CurrentPrice > 0) || double.IsInfinity(request.CurrentPrice))
            throw new ArgumentException($"The current price must be positive, was {request.CurrentPrice}.", nameof(request));
        if (!double.IsFinite(request.FixedCost) || request.FixedCost < 0)
            throw new ArgumentException($"The fixed cost must be zero or more, was {request.FixedCost}.", nameof(request));

        var issues = CheckEvidence(model, request);
        if (issues.Count > 0) return PriceRecommendation.Unsupported(issues);

        double cost = request.UnitCost;
        double optimum;
        if (model.Kind == DemandModelKind.ConstantElasticity)
        {
            optimum = ProfitMaximizer.ConstantElasticityOptimum(cost, model.PriceCoefficient);
        }
        else
        {
            double choke = -model.Level / model.PriceCoefficient;
            if (!(choke > cost)) return PriceRecommendation.Unsupported([PricingIssue.NoProfitablePrice]);
            optimum = ProfitMaximizer.Maximize(model.Predict, cost, request.FixedCost, Math.Max(cost, MinimumPrice), choke);
        }

        var (low, high, lowName, highName) = FeasibleInterval(request);
        if (low > high) return PriceRecommendation.Unsupported([PricingIssue.ConstraintsInfeasible]);

        var binding = new List<string>();
        double projected = optimum;
        if (projected < low)
        {
            projected = low;
            binding.Add(lowName);
        }
        else if (projected > high)
        {
            projected = high;
            binding.Add(highName);
        }

        double? final = _options.PriceEndings.Count > 0 ? ApplyEnding(model, request, projected, low, high, _options.PriceEndings) : null;
        if (final is not null) binding.Add("price ending");
        else
        {
            // No allowed ending fits inside a narrow interval: fall back to whole cents rather than break a hard constraint.
            if (_options.PriceEndings.Count > 0) binding.Add("price ending unavailable");
            final = ApplyEnding(model, request, projected, low, high, []);
        }
        if (final is null) return PriceRecommendation.Unsupported([PricingIssue.ConstraintsInfeasible]);

        var (confidenceLow, confidenceHigh) = ConfidenceRange(model, cost);
        return new PriceRecommendation(
            true, [], Outcome(model, request, request.CurrentPrice), Outcome(model, request, final.Value),
            optimum, confidenceLow, confidenceHigh, binding);
    }

    /// <summary>
    /// Expected daily outcomes at <paramref name="points"/> evenly spaced prices from <paramref name="low"/> to
    /// <paramref name="high"/>: the data behind a profit-versus-price chart.
    /// </summary>
    public static IReadOnlyList<PriceOutcome> ProfitCurve(DemandModel model, PricingRequest request, double low, double high, int points = 50)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(request);
        if (!(low > 0) || !(high > low) || double.IsInfinity(high)) throw new ArgumentException($"Need 0 < low < high, got [{low}, {high}].");
        if (points < 2) throw new ArgumentException("A curve needs at least 2 points.", nameof(points));
        var curve = new PriceOutcome[points];
        for (int i = 0; i < points; i++) curve[i] = Outcome(model, request, low + (high - low) * i / (points - 1));
        return curve;
    }

    private const double MinimumPrice = 0.01;

    private List<PricingIssue> CheckEvidence(DemandModel model, PricingRequest request)
    {
        var issues = new List<PricingIssue>();
        if (!(request.UnitCost >= 0) || double.IsInfinity(request.UnitCost)) issues.Add(PricingIssue.MissingCost);
        if (model.Observations < _options.MinimumObservations) issues.Add(PricingIssue.TooFewObservations);
        if (!model.IsPooled && model.PriceVariation < _options.MinimumPriceVariation) issues.Add(PricingIssue.TooLittlePriceVariation);
        if (!(model.PValue <= _options.SignificanceLevel)) issues.Add(PricingIssue.ElasticityNotSignificant);
        if (model.Kind == DemandModelKind.ConstantElasticity && !(model.PriceCoefficient < -1)) issues.Add(PricingIssue.InelasticDemand);
        if (model.Kind == DemandModelKind.Linear && !(model.PriceCoefficient < 0)) issues.Add(PricingIssue.DemandNotDecreasing);
        double upper = model.PriceCoefficient + _options.ConfidenceZ * model.StandardError;
        bool bounded = model.Kind == DemandModelKind.ConstantElasticity ? upper < -1 : upper < 0;
        if (_options.RequireBoundedConfidenceRange && !bounded && !issues.Contains(PricingIssue.InelasticDemand) && !issues.Contains(PricingIssue.DemandNotDecreasing))
            issues.Add(PricingIssue.OptimumUncertain);
        double days = model.ZeroSalesDaysDropped + model.Observations;
        if (model.ZeroSalesDaysDropped > _options.MaximumZeroSalesShare * days) issues.Add(PricingIssue.TooManyZeroSalesDays);
        return issues;
    }

    private (double Low, double High, string LowName, string HighName) FeasibleInterval(PricingRequest request)
    {
        double low = MinimumPrice, high = double.PositiveInfinity;
        string lowName = "minimum price", highName = "maximum price";
        void Raise(double value, string name)
        {
            if (value > low)
            {
                low = value;
                lowName = name;
            }
        }
        void Lower(double value, string name)
        {
            if (value < high)
            {
                high = value;
                highName = name;
            }
        }

        Raise(request.UnitCost / (1 - _options.MinimumMarginPercent / 100), "minimum margin");
        if (_options.MaximumChangePercent is { } change)
        {
            Raise(request.CurrentPrice * (1 - change / 100), "maximum change");
            Lower(request.CurrentPrice * (1 + change / 100), "maximum change");
        }
        if (request.CompetitorMinimum is { } competitorMin) Raise(competitorMin, "competitor minimum");
        if (request.CompetitorMaximum is { } competitorMax) Lower(competitorMax, "competitor maximum");
        return (low, high, lowName, highName);
    }

    /// <summary>
    /// Candidate prices whole + ending for wholes around the projected price, kept when inside [low, high]; the one with
    /// the highest profit wins. Without endings the projected price is rounded to a whole cent inside the interval.
    /// </summary>
    private static double? ApplyEnding(DemandModel model, PricingRequest request, double price, double low, double high, IReadOnlyList<double> endings)
    {
        double bestPrice = double.NaN, bestProfit = double.NegativeInfinity;
        void Consider(double candidate)
        {
            if (candidate < low - 1e-9 || candidate > high + 1e-9 || candidate <= 0) return;
            double profit = Outcome(model, request, candidate).Profit;
            if (profit > bestProfit)
            {
                bestProfit = profit;
                bestPrice = candidate;
            }
        }

        if (endings.Count == 0)
        {
            double lowCent = Math.Ceiling(Math.Round(low * 100, 6)) / 100, highCent = Math.Floor(Math.Round(high * 100, 6)) / 100;
            Consider(Math.Clamp(Math.Floor(price * 100) / 100, lowCent, Math.Max(lowCent, highCent)));
            Consider(Math.Clamp(Math.Ceiling(price * 100) / 100, lowCent, Math.Max(lowCent, highCent)));
        }
        else
        {
            double whole = Math.Floor(price);
            for (int offset = -1; offset <= 1; offset++)
                foreach (double ending in endings)
                    Consider(Math.Round(whole + offset + ending, 2));
        }
        return double.IsNaN(bestPrice) ? null : bestPrice;
    }

    private (double? Low, double? High) ConfidenceRange(DemandModel model, double cost)
    {
        double margin = _options.ConfidenceZ * model.StandardError;
        double steep = model.PriceCoefficient - margin, flat = model.PriceCoefficient + margin;
        if (model.Kind == DemandModelKind.ConstantElasticity)
        {
            return (ProfitMaximizer.ConstantElasticityOptimum(cost, steep),
                flat < -1 ? ProfitMaximizer.ConstantElasticityOptimum(cost, flat) : null);
        }
        // Linear: d/dp (p - c)(a + b p) = 0 gives p* = c / 2 - a / (2 b), holding the level a fixed.
        return (cost / 2 - model.Level / (2 * steep), flat < 0 ? cost / 2 - model.Level / (2 * flat) : null);
    }

    private static PriceOutcome Outcome(DemandModel model, PricingRequest request, double price)
    {
        double units = model.Predict(price);
        return new PriceOutcome(price, units, price * units, (price - request.UnitCost) * units - request.FixedCost);
    }
}
