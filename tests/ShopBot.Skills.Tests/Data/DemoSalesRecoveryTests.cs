using MathNet.Numerics.LinearAlgebra;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Tests.Data;

/// <summary>
/// The generated sales carry the signal they claim: a Poisson regression on the stored rows (trend, weekday,
/// two yearly harmonics, log price, promotion flag) recovers each product's elasticity and trend.
/// </summary>
public class DemoSalesRecoveryTests
{
    [Fact]
    public void PoissonRegression_RecoversElasticityAndTrend_OfTheBusiestProducts()
    {
        var shop = DemoDataGenerator.Generate(new DemoDataOptions { ProductCount = 60, CustomerCount = 20, OrderCount = 0 }, new FixedTimeProvider(TestShop.Anchor));
        var busiest = shop.GroundTruth.OrderByDescending(g => g.BaseLevel).Take(15).ToList();
        var sales = shop.DailySales.ToLookup(s => s.ProductId);
        var elasticityErrors = new List<double>();
        foreach (var truth in busiest)
        {
            var rows = sales[truth.ProductId].ToList();
            var beta = FitPoisson(rows, truth);
            elasticityErrors.Add(Math.Abs(beta[ElasticityIndex] - truth.Elasticity));
            Assert.InRange(beta[TrendIndex], truth.TrendPerYear - 0.15, truth.TrendPerYear + 0.15);
            Assert.InRange(beta[ElasticityIndex], truth.Elasticity - 0.6, truth.Elasticity + 0.6);
        }

        Assert.True(elasticityErrors.Average() < 0.2, $"mean elasticity error {elasticityErrors.Average():0.000}");
    }

    private const int TrendIndex = 1;
    private const int ElasticityIndex = 12;
    private const int Features = 14;

    private static double[] Row(DailySale s, ProductGroundTruth truth)
    {
        var x = new double[Features];
        x[0] = 1;
        x[TrendIndex] = (s.Date.DayNumber - truth.SeriesStart.DayNumber) / 365.25;
        var weekday = ((int)s.Date.DayOfWeek + 6) % 7;
        if (weekday > 0) x[1 + weekday] = 1;
        var angle = 2 * Math.PI * s.Date.DayOfYear / 365.25;
        x[8] = Math.Cos(angle);
        x[9] = Math.Sin(angle);
        x[10] = Math.Cos(2 * angle);
        x[11] = Math.Sin(2 * angle);
        x[ElasticityIndex] = Math.Log((double)s.PriceCents / truth.ReferencePriceCents);
        x[13] = s.OnPromotion ? 1 : 0;
        return x;
    }

    /// <summary>Iteratively reweighted least squares for a log-link Poisson model.</summary>
    private static double[] FitPoisson(IReadOnlyList<DailySale> rows, ProductGroundTruth truth)
    {
        var x = rows.Select(r => Row(r, truth)).ToArray();
        var beta = new double[Features];
        beta[0] = Math.Log(rows.Average(r => r.Units) + 1e-9);
        for (var iteration = 0; iteration < 30; iteration++)
        {
            var xtwx = Matrix<double>.Build.Dense(Features, Features);
            var xtwz = Vector<double>.Build.Dense(Features);
            for (var i = 0; i < x.Length; i++)
            {
                var eta = 0.0;
                for (var j = 0; j < Features; j++) eta += x[i][j] * beta[j];
                var mu = Math.Exp(eta);
                var z = eta + ((rows[i].Units - mu) / mu);
                for (var j = 0; j < Features; j++)
                {
                    xtwz[j] += x[i][j] * mu * z;
                    for (var k = 0; k < Features; k++) xtwx[j, k] += x[i][j] * mu * x[i][k];
                }
            }

            var next = xtwx.Solve(xtwz).ToArray();
            var change = next.Zip(beta, (a, b) => Math.Abs(a - b)).Max();
            beta = next;
            if (change < 1e-8) break;
        }

        return beta;
    }
}
