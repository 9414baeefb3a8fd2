namespace ShopBot.Tests.Support;

/// <summary>
/// The in-memory host with the trained NLU (trained from dialogs/ at start, as in production, cached across test hosts)
/// and a small demo shop (all fixtures; fewer generated customers and orders, so seeding takes a fraction of a second).
/// </summary>
public sealed class RealNluShopBotFactory : ShopBotFactory
{
    public RealNluShopBotFactory()
        : base(realNlu: true, SmallShop)
    {
    }

    internal static Dictionary<string, string?> SmallShop => new()
    {
        ["ShopBot:DemoData:SeedOnStart"] = "true",
        ["ShopBot:DemoData:ProductCount"] = "40",
        ["ShopBot:DemoData:CustomerCount"] = "20",
        ["ShopBot:DemoData:OrderCount"] = "20",
        ["ShopBot:DemoData:SalesDays"] = "140", // 20 weeks: enough history for a weekly forecast
        ["ShopBot:Staff:DirectLineUserIds:0"] = Conversations.ConversationScript.ScriptStaffUser,
        ["ShopBot:DemoData:BrowsedProductsPerCustomer"] = "3",
    };
}
