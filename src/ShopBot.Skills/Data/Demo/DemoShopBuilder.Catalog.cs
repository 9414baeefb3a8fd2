using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

internal sealed partial class DemoShopBuilder
{
    private void BuildCatalog()
    {
        var rnd = Stream(1);
        var skuCounters = DemoCatalog.Categories.ToDictionary(c => c.SkuPrefix, _ => 0);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        DemoCategory Category(string name) => DemoCatalog.Categories.Single(c => c.Name == name);

        AddProduct(rnd, skuCounters, names, Category("Clothing"), "Blue Hoodie", "Harbourline", 3999,
            new Dictionary<string, string> { ["colour"] = "Blue", ["sizes"] = "S,M,L,XL", ["material"] = "organic cotton" },
            "A soft brushed-back hoodie in deep blue with a kangaroo pocket. Sizes S to XL.", stock: 120, restock: null, inbound: 0);
        AddProduct(rnd, skuCounters, names, Category("Kitchen"), "Espresso Machine", "Casa Verde", 24999,
            new Dictionary<string, string> { ["colour"] = "Silver", ["material"] = "stainless steel", ["pressure"] = "15 bar" },
            "A 15-bar pump espresso machine with a steam wand for milk.", stock: 18, restock: null, inbound: 24);
        AddProduct(rnd, skuCounters, names, Category("Office"), "Desk Lamp", "Deskwise", 3499,
            new Dictionary<string, string> { ["colour"] = "Black", ["material"] = "aluminium", ["bulb"] = "LED, dimmable" },
            "An adjustable aluminium desk lamp with a dimmable LED.", stock: 64, restock: null, inbound: 0);
        AddProduct(rnd, skuCounters, names, Category("Office"), "Notebook (A5, pack of 1)", "Paperfield", 599,
            new Dictionary<string, string> { ["colour"] = "Navy", ["material"] = "paper", ["format"] = "A5, dotted, 192 pages" },
            "A dotted A5 notebook with 192 pages of 100 gsm paper.", stock: 400, restock: null, inbound: 0);
        AddProduct(rnd, skuCounters, names, Category("Audio"), "Wireless Headphones", "Sonara", 12999,
            new Dictionary<string, string> { ["colour"] = "Black", ["material"] = "plastic", ["battery"] = "30 hours" },
            "Over-ear Bluetooth headphones with active noise cancelling and 30 hours of battery.", stock: 0, restock: today.AddDays(7), inbound: 40);

        var categoryIndex = 0;
        while (products.Count < options.ProductCount)
        {
            var category = DemoCatalog.Categories[categoryIndex++ % DemoCatalog.Categories.Length];
            var (noun, min, max) = rnd.Pick(category.Items);
            var adjective = rnd.Pick(category.Adjectives);
            var colour = rnd.Pick(DemoCatalog.Colours);
            var name = $"{adjective} {noun}";
            if (names.Contains(name)) name = $"{adjective} {noun}, {colour}";
            if (names.Contains(name)) continue;

            var material = rnd.Pick(category.Materials);
            var attributes = new Dictionary<string, string> { ["colour"] = colour, ["material"] = material };
            if (category.HasSizes) attributes["sizes"] = rnd.Chance(0.8) ? "S,M,L,XL" : "XS,S,M,L,XL,XXL";
            var price = DemoRandom.CharmPrice(rnd.Uniform((double)min, (double)max));
            var brand = rnd.Pick(category.Brands);
            var description = $"{adjective} {noun.ToLowerInvariant()} by {brand} in {colour.ToLowerInvariant()}, made of {material}.";
            var roll = rnd.NextDouble();
            var (stock, restock, inbound) = roll switch
            {
                < 0.08 => (0, (DateOnly?)today.AddDays(rnd.Next(3, 31)), rnd.Next(20, 201)),
                < 0.22 => (rnd.Next(1, 15), (DateOnly?)null, rnd.Next(20, 151)),
                _ => (rnd.Next(5, 251), (DateOnly?)null, 0),
            };
            AddProduct(rnd, skuCounters, names, category, name, brand, price, attributes, description, stock, restock, inbound);
        }
    }

    private void AddProduct(Random rnd, Dictionary<string, int> skuCounters, HashSet<string> names, DemoCategory category, string name, string brand, long priceCents,
        Dictionary<string, string> attributes, string description, int stock, DateOnly? restock, int inbound)
    {
        names.Add(name);
        var number = ++skuCounters[category.SkuPrefix];
        var sku = $"{category.SkuPrefix}-{number:0000}";
        var cost = (long)Math.Round(priceCents * rnd.Uniform(0.40, 0.70));
        var id = products.Count + 1L;
        products.Add(new Product(id, sku, name, description, category.Name, brand, attributes, priceCents, cost, stock, restock, inbound,
            rnd.Next(3, 29), $"/images/products/{sku.ToLowerInvariant()}.jpg"));
        productCategories.Add(category);
        var factors = new double[LatentDimensions];
        for (var k = 0; k < factors.Length; k++) factors[k] = 0.8 * rnd.Normal();
        productFactors.Add(factors);
    }
}
