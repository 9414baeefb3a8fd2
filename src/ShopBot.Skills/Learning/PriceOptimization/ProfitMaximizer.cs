namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Profit-maximising prices: closed form for constant elasticity, numeric search for any demand curve.</summary>
public static class ProfitMaximizer
{
    private const int GridIntervals = 256;
    private static readonly double InverseGolden = (Math.Sqrt(5) - 1) / 2;

    /// <summary>
    /// Optimum of (p - c) * A * p^e for e &lt; -1: setting the derivative A p^(e-1) ((1 + e) p - c e) to zero gives
    /// p* = c * e / (1 + e), a maximum because profit rises below it and falls above it.
    /// Throws <see cref="ArgumentException"/> for e &gt;= -1 (profit then rises without bound) or a negative cost.
    /// </summary>
    public static double ConstantElasticityOptimum(double unitCost, double elasticity)
    {
        if (!(unitCost >= 0)) throw new ArgumentException($"Unit cost must be zero or more, was {unitCost}.", nameof(unitCost));
        if (!(elasticity < -1)) throw new ArgumentException($"Elasticity {elasticity} >= -1 has no finite profit-maximising price.", nameof(elasticity));
        return unitCost * elasticity / (1 + elasticity);
    }

    /// <summary>
    /// The price in [<paramref name="low"/>, <paramref name="high"/>] with the highest profit (p - c) * demand(p) - fixedCost.
    /// A grid scan finds the best cell (so a local minimum or a bad edge is never returned), golden-section search refines
    /// inside the neighbouring cells, and the refined point only wins if its profit is at least the best grid profit.
    /// The answer is an edge only when the profit there really is highest.
    /// </summary>
    public static double Maximize(Func<double, double> demand, double unitCost, double fixedCost, double low, double high, double tolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(demand);
        if (!(low <= high) || double.IsInfinity(low) || double.IsInfinity(high))
            throw new ArgumentException($"The search interval [{low}, {high}] must be finite and non-empty.");
        double Profit(double p) => (p - unitCost) * demand(p) - fixedCost;
        if (low == high) return low;

        double step = (high - low) / GridIntervals;
        int best = 0;
        double bestProfit = double.NegativeInfinity;
        for (int i = 0; i <= GridIntervals; i++)
        {
            double value = Profit(i == GridIntervals ? high : low + i * step);
            if (value > bestProfit)
            {
                bestProfit = value;
                best = i;
            }
        }
        double bestPrice = best == GridIntervals ? high : low + best * step;

        double a = Math.Max(low, bestPrice - step), b = Math.Min(high, bestPrice + step);
        double x1 = b - InverseGolden * (b - a), x2 = a + InverseGolden * (b - a);
        double f1 = Profit(x1), f2 = Profit(x2);
        while (b - a > tolerance * Math.Max(1, Math.Abs(a) + Math.Abs(b)))
        {
            if (f1 >= f2)
            {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - InverseGolden * (b - a);
                f1 = Profit(x1);
            }
            else
            {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + InverseGolden * (b - a);
                f2 = Profit(x2);
            }
        }
        double refined = (a + b) / 2;
        return Profit(refined) >= bestProfit ? refined : bestPrice;
    }
}
