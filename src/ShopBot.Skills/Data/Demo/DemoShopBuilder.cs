using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Demo;

/// <summary>
/// Builds one demo shop. Each part (catalog, sales, customers, orders, interactions) draws from its own seeded
/// stream, so the parts stay reproducible independently of each other.
/// </summary>
internal sealed partial class DemoShopBuilder
{
    private const int LatentDimensions = 4;
    private readonly DemoDataOptions options;
    private readonly DateTimeOffset now;
    private readonly DateOnly today;
    private readonly DateOnly seriesStart;
    private readonly List<Product> products = [];
    private readonly List<DemoCategory> productCategories = [];
    private readonly List<double[]> productFactors = [];
    private readonly List<Customer> customers = [];
    private readonly List<Address> addresses = [];
    private readonly List<OrderDetails> orders = [];
    private readonly List<Promotion> promotions = [];
    private readonly List<PricePoint> priceHistory = [];
    private readonly List<DailySale> dailySales = [];
    private readonly List<ProductInteraction> interactions = [];
    private readonly List<ProductGroundTruth> groundTruth = [];
    private readonly List<long[]> regularPrices = [];

    public DemoShopBuilder(DemoDataOptions options, DateTimeOffset now)
    {
        this.options = options;
        this.now = now.ToUniversalTime();
        today = DateOnly.FromDateTime(this.now.UtcDateTime);
        seriesStart = today.AddDays(-options.SalesDays);
    }

    public DemoShop Build()
    {
        BuildCatalog();
        BuildSales();
        BuildCustomers();
        BuildOrders();
        BuildInteractions();
        return new DemoShop(options.Seed, now, customers, addresses, products, orders, promotions, priceHistory, dailySales, interactions, groundTruth);
    }

    private Random Stream(int part) => DemoRandom.Stream(options.Seed, part);

    /// <summary>The regular (non-promotional) price of a product on a day; before the series its first price.</summary>
    private long RegularPrice(int productIndex, DateOnly date)
    {
        var path = regularPrices[productIndex];
        var day = Math.Clamp(date.DayNumber - seriesStart.DayNumber, 0, path.Length - 1);
        return path[day];
    }
}
