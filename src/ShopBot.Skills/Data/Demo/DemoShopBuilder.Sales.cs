using MathNet.Numerics.Distributions;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

internal sealed partial class DemoShopBuilder
{
    /// <summary>The fixture products (ids 1..5) keep their documented price today.</summary>
    private const int FixtureProductCount = 5;

    /// <summary>
    /// Per product: ground truth, a regular price path changing every 3-8 weeks (±15 % around the reference price),
    /// promotions every 6-17 weeks (10-30 % off for 7-14 days) and Poisson daily units from the ground-truth mean.
    /// The product's current price is the last regular price (fixtures: their documented price).
    /// </summary>
    private void BuildSales()
    {
        var rnd = Stream(2);
        var days = options.SalesDays;
        var promotionId = 0L;
        for (var p = 0; p < products.Count; p++)
        {
            var product = products[p];
            var category = productCategories[p];
            var weekly = new double[7];
            for (var d = 0; d < 7; d++) weekly[d] = Math.Exp(0.12 * rnd.Normal()) * (d >= 5 ? 1 + rnd.Uniform(0, 0.35) : 1);
            var mean = weekly.Average();
            for (var d = 0; d < 7; d++) weekly[d] /= mean;
            var peak = (((category.SeasonPeakDay + (int)Math.Round(10 * rnd.Normal()) - 1) % 365) + 365) % 365 + 1;
            var truth = new ProductGroundTruth(product.Id, product.PriceCents, Math.Exp(rnd.Uniform(Math.Log(1.5), Math.Log(30))), rnd.Uniform(-0.15, 0.35),
                weekly, rnd.Uniform(0.05, 0.45), peak, rnd.Uniform(-3.5, -1.3), rnd.Uniform(1.1, 1.6), seriesStart);
            groundTruth.Add(truth);

            var path = new long[days];
            var segmentStart = 0;
            var price = product.PriceCents;
            while (segmentStart < days)
            {
                var end = Math.Min(days, segmentStart + rnd.Next(21, 57));
                if (end == days && p < FixtureProductCount) price = product.PriceCents;
                for (var d = segmentStart; d < end; d++) path[d] = price;
                priceHistory.Add(new PricePoint(product.Id, price, seriesStart.AddDays(segmentStart), end < days ? seriesStart.AddDays(end) : null));
                segmentStart = end;
                price = DemoRandom.CharmPrice(product.PriceCents / 100.0 * rnd.Uniform(0.85, 1.15));
            }

            regularPrices.Add(path);
            products[p] = product with { PriceCents = path[^1], CostCents = (long)Math.Round(path[^1] * ((double)product.CostCents / product.PriceCents)) };

            var promoPercent = new int[days];
            var next = rnd.Next(14, 60);
            while (next < days)
            {
                var duration = rnd.Next(7, 15);
                var percent = 5 * rnd.Next(2, 7);
                var end = Math.Min(days, next + duration);
                promotions.Add(new Promotion(++promotionId, product.Id, null, percent, seriesStart.AddDays(next), seriesStart.AddDays(end - 1)));
                for (var d = next; d < end; d++) promoPercent[d] = percent;
                next = end + rnd.Next(45, 121);
            }

            for (var d = 0; d < days; d++)
            {
                var date = seriesStart.AddDays(d);
                var onPromotion = promoPercent[d] > 0;
                var charged = onPromotion ? (long)Math.Round(path[d] * (100 - promoPercent[d]) / 100.0) : path[d];
                var units = Poisson.Sample(rnd, truth.ExpectedUnits(date, charged, onPromotion));
                dailySales.Add(new DailySale(product.Id, date, units, charged, onPromotion));
            }
        }
    }
}
