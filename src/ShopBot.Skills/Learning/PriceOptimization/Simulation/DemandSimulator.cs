using MathNet.Numerics.Distributions;

namespace ShopBot.Skills.Learning.PriceOptimization.Simulation;

/// <summary>Draws daily sales histories from a known constant-elasticity demand process. Every draw is seeded.</summary>
public static class DemandSimulator
{
    /// <summary>Simulates <paramref name="truth"/>.Days days of sales.</summary>
    public static SimulatedProduct Simulate(string id, DemandSimulationParameters truth, int seed)
    {
        ArgumentNullException.ThrowIfNull(truth);
        if (truth.Days <= 0) throw new ArgumentException("Days must be positive.", nameof(truth));
        if (truth.PriceChangeEveryDays <= 0) throw new ArgumentException("PriceChangeEveryDays must be positive.", nameof(truth));
        if (truth.WeeklyEffects.Count != 7) throw new ArgumentException("WeeklyEffects needs 7 values, Sunday first.", nameof(truth));
        if (!(truth.BasePrice > 0) || !(truth.BaseUnits > 0)) throw new ArgumentException("BasePrice and BaseUnits must be positive.", nameof(truth));

        var random = new Random(seed);
        var history = new DemandObservation[truth.Days];
        double regular = truth.BasePrice;
        bool promotionWeek = false;
        for (int day = 0; day < truth.Days; day++)
        {
            var date = truth.Start.AddDays(day);
            if (day % truth.PriceChangeEveryDays == 0)
                regular = Math.Round(truth.BasePrice * Math.Exp((2 * random.NextDouble() - 1) * truth.PriceSpread), 2);
            if (day % 7 == 0) promotionWeek = random.NextDouble() < truth.PromotionProbability;
            double price = promotionWeek ? Math.Round(regular * (1 - truth.PromotionDiscount), 2) : regular;

            double log = Math.Log(truth.BaseUnits)
                + truth.Elasticity * Math.Log(price / truth.BasePrice)
                + truth.TrendPerYear * day / 365.25
                + truth.WeeklyEffects[(int)date.DayOfWeek]
                + truth.YearlyAmplitude * Math.Sin(2 * Math.PI * date.DayOfYear / 365.25 + truth.YearlyPhase)
                + (promotionWeek ? truth.PromotionLift : 0);
            double expected = Math.Exp(log);
            double units = truth.Noise == DemandNoise.Poisson
                ? Poisson.Sample(random, expected)
                : expected * Math.Exp(truth.LogNormalSigma * Normal.Sample(random, 0, 1) - truth.LogNormalSigma * truth.LogNormalSigma / 2);
            history[day] = new DemandObservation(date, price, units, promotionWeek);
        }
        return new SimulatedProduct(id, truth, history);
    }

    /// <summary>
    /// Draws a product's true parameters: elasticity uniform in [<paramref name="minElasticity"/>, <paramref name="maxElasticity"/>],
    /// cost 5..50, a base price within 15% of the optimum, <paramref name="minUnits"/>..<paramref name="maxUnits"/> units on an
    /// average day, varied trend, seasonality and promotions.
    /// </summary>
    public static DemandSimulationParameters RandomParameters(Random random, double minElasticity = -3.5, double maxElasticity = -1.3, double minUnits = 30, double maxUnits = 300)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(minUnits > 0 && maxUnits >= minUnits)) throw new ArgumentException("Need 0 < minUnits <= maxUnits.");
        double e = minElasticity + (maxElasticity - minElasticity) * random.NextDouble();
        double cost = Math.Round(5 + 45 * random.NextDouble(), 2);
        double optimum = cost * e / (1 + e);
        var weekly = new double[7];
        for (int d = 0; d < 7; d++) weekly[d] = 0.2 * (random.NextDouble() - 0.5);
        return new DemandSimulationParameters
        {
            Elasticity = e,
            UnitCost = cost,
            BasePrice = Math.Round(optimum * (0.85 + 0.3 * random.NextDouble()), 2),
            BaseUnits = minUnits + (maxUnits - minUnits) * random.NextDouble(),
            TrendPerYear = 0.3 * (random.NextDouble() - 0.5),
            WeeklyEffects = weekly,
            YearlyAmplitude = 0.3 * random.NextDouble(),
            YearlyPhase = 2 * Math.PI * random.NextDouble(),
            PromotionProbability = 0.05 + 0.1 * random.NextDouble(),
            PromotionDiscount = 0.1 + 0.15 * random.NextDouble(),
            PromotionLift = 0.4 * random.NextDouble(),
            PriceChangeEveryDays = 14 + random.Next(15),
            PriceSpread = 0.1 + 0.2 * random.NextDouble(),
        };
    }
}
