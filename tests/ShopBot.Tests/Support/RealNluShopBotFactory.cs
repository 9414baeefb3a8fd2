namespace ShopBot.Tests.Support;

/// <summary>The in-memory host with the trained NLU (trained from dialogs/ at start, as in production).</summary>
public sealed class RealNluShopBotFactory : ShopBotFactory
{
    public RealNluShopBotFactory()
        : base(realNlu: true, null)
    {
    }
}
