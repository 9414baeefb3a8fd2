using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

internal sealed partial class DemoShopBuilder
{
    private const string PostcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private readonly List<double[]> customerFactors = [];
    private readonly List<HashSet<string>> customerFavourites = [];
    private readonly Dictionary<long, double[]> tasteCumulative = [];

    private void BuildCustomers()
    {
        var rnd = Stream(3);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        AddCustomer(rnd, emails, "Alex Morgan", DemoFixtures.AlexEmail, DemoFixtures.AlexPostcode, "London", "14 Victoria Street", now.AddDays(-400));
        AddCustomer(rnd, emails, "Sam Taylor", DemoFixtures.SamEmail, DemoFixtures.SamPostcode, "Manchester", "8 Station Road", now.AddDays(-250));

        while (customers.Count < options.CustomerCount)
        {
            var first = rnd.Pick(DemoCatalog.FirstNames);
            var last = rnd.Pick(DemoCatalog.LastNames);
            var local = $"{first}.{last}".ToLowerInvariant();
            var domain = rnd.Pick(DemoCatalog.EmailDomains);
            var email = $"{local}@{domain}";
            for (var n = 2; emails.Contains(email); n++) email = $"{local}{n}@{domain}";
            var (city, area) = rnd.Pick(DemoCatalog.Cities);
            var postcode = $"{area}{rnd.Next(1, 21)} {rnd.Next(1, 10)}{PostcodeLetters[rnd.Next(PostcodeLetters.Length)]}{PostcodeLetters[rnd.Next(PostcodeLetters.Length)]}";
            var street = $"{rnd.Next(1, 200)} {rnd.Pick(DemoCatalog.Streets)}";
            AddCustomer(rnd, emails, $"{first} {last}", email, postcode, city, street, now.AddDays(-rnd.Uniform(30, 1100)));
        }
    }

    private void AddCustomer(Random rnd, HashSet<string> emails, string name, string email, string postcode, string city, string street, DateTimeOffset created)
    {
        emails.Add(email);
        var id = customers.Count + 1L;
        customers.Add(new Customer(id, name, email, postcode, TrimToSeconds(created)));
        addresses.Add(new Address(addresses.Count + 1L, id, "Home", new PostalAddress(name, street, null, city, postcode, "United Kingdom"), true));
        if (rnd.Chance(0.25))
        {
            var (workCity, area) = rnd.Pick(DemoCatalog.Cities);
            var workPostcode = $"{area}{rnd.Next(1, 21)} {rnd.Next(1, 10)}{PostcodeLetters[rnd.Next(PostcodeLetters.Length)]}{PostcodeLetters[rnd.Next(PostcodeLetters.Length)]}";
            addresses.Add(new Address(addresses.Count + 1L, id, "Work", new PostalAddress(name, $"Unit {rnd.Next(1, 40)}, {rnd.Pick(DemoCatalog.Streets)}", "Business Park", workCity, workPostcode, "United Kingdom"), false));
        }

        var factors = new double[LatentDimensions];
        for (var k = 0; k < factors.Length; k++) factors[k] = 0.8 * rnd.Normal();
        customerFactors.Add(factors);
        var favourites = new HashSet<string>(StringComparer.Ordinal);
        while (favourites.Count < 2) favourites.Add(rnd.Pick(DemoCatalog.Categories).Name);
        customerFavourites.Add(favourites);
    }

    /// <summary>How much a customer likes a product: latent dot product plus a bonus for the two favourite categories.</summary>
    private double Affinity(long customerId, int productIndex)
    {
        var u = customerFactors[(int)customerId - 1];
        var v = productFactors[productIndex];
        var dot = 0.0;
        for (var k = 0; k < u.Length; k++) dot += u[k] * v[k];
        return dot + (customerFavourites[(int)customerId - 1].Contains(productCategories[productIndex].Name) ? 1.2 : 0.0);
    }

    /// <summary>A product index drawn with probability proportional to exp(1.2 · affinity).</summary>
    private int PickByTaste(Random rnd, long customerId)
    {
        if (!tasteCumulative.TryGetValue(customerId, out var cumulative))
        {
            cumulative = new double[products.Count];
            var total = 0.0;
            for (var p = 0; p < cumulative.Length; p++)
            {
                total += Math.Exp(1.2 * Affinity(customerId, p));
                cumulative[p] = total;
            }

            tasteCumulative[customerId] = cumulative;
        }

        return rnd.FromCumulative(cumulative);
    }

    private static DateTimeOffset TrimToSeconds(DateTimeOffset value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
