using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

internal sealed partial class DemoShopBuilder
{
    /// <summary>
    /// Browsing drawn from each customer's taste (views, some carts), purchases from the orders and ratings of
    /// delivered items: <c>clamp(round(3 + 1.1 · affinity + N(0, 0.7)), 1, 5)</c>, so a recommender has signal.
    /// </summary>
    private void BuildInteractions()
    {
        var rnd = Stream(6);
        var browsingStart = now.AddDays(-365);
        foreach (var customer in customers)
        {
            var target = rnd.Next(Math.Max(1, options.BrowsedProductsPerCustomer / 2), (options.BrowsedProductsPerCustomer * 3 / 2) + 1);
            var seen = new HashSet<int>();
            for (var attempt = 0; seen.Count < target && attempt < target * 4; attempt++)
            {
                var p = PickByTaste(rnd, customer.Id);
                if (!seen.Add(p)) continue;
                var at = TrimToSeconds(browsingStart.AddDays(rnd.Uniform(0, 365)));
                var views = rnd.Next(1, 4);
                for (var v = 0; v < views; v++) interactions.Add(new ProductInteraction(customer.Id, products[p].Id, InteractionKind.View, 1, at.AddMinutes(v * rnd.Uniform(1, 600))));
                var affinity = Affinity(customer.Id, p);
                if (rnd.Chance(0.6 / (1 + Math.Exp(-(affinity - 0.3))))) interactions.Add(new ProductInteraction(customer.Id, products[p].Id, InteractionKind.Cart, 1, at.AddMinutes(rnd.Uniform(1, 30))));
            }
        }

        var productIndex = products.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var details in orders)
        {
            var order = details.Order;
            if (order.Status == OrderStatus.Cancelled) continue;
            foreach (var line in details.Lines)
            {
                interactions.Add(new ProductInteraction(order.CustomerId, line.ProductId, InteractionKind.Purchase, line.Quantity, order.PlacedAt));
                if (details.Shipment?.DeliveredAt is not { } delivered || !rnd.Chance(0.5)) continue;
                var ratedAt = TrimToSeconds(delivered.AddDays(rnd.Uniform(1, 10)));
                if (ratedAt > now) continue;
                var affinity = Affinity(order.CustomerId, productIndex[line.ProductId]);
                var stars = Math.Clamp(Math.Round(3 + (1.1 * affinity) + (0.7 * rnd.Normal())), 1, 5);
                interactions.Add(new ProductInteraction(order.CustomerId, line.ProductId, InteractionKind.Rating, stars, ratedAt));
            }
        }
    }
}
