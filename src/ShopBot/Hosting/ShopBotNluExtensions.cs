namespace ShopBot.Hosting;

/// <summary>NLU registration.</summary>
public static class ShopBotNluExtensions
{
    public static IServiceCollection AddShopBotNlu(this IServiceCollection services) => services;
}
