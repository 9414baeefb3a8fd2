using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Shop;

namespace ShopBot.Skills.Tests.Data;

public class ShopDataServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddShopBotSqliteShop_RegistersWorkingStores()
    {
        using var shop = await TestShop.CreateAsync();
        var services = new Services();
        services.AddSingleton(shop.Database);
        services.AddSingleton<TimeProvider>(shop.Time);
        services.AddSingleton<IOptions<ShopPolicyOptions>>(Options.Create(new ShopPolicyOptions()));
        services.AddShopBotSqliteShop();

        var provider = new MiniProvider(services);
        Assert.NotNull(await provider.Get<IOrderStore>().GetAsync(DemoFixtures.ProcessingOrder));
        Assert.NotNull(await provider.Get<IProductStore>().GetBySkuAsync(DemoFixtures.DeskLampSku));
        Assert.NotNull(await provider.Get<ICustomerStore>().GetByIdAsync(DemoFixtures.AlexCustomerId));
        Assert.NotEmpty(await provider.Get<IInteractionStore>().GetAllAsync());
        Assert.NotEmpty(await provider.Get<ISalesStore>().GetPriceHistoryAsync(1));
        Assert.NotEmpty(await provider.Get<SqliteDemoGroundTruthStore>().GetAllAsync());
        var result = await provider.Get<IOrderChangeStore>().CancelOrderAsync(DemoFixtures.SamPaidOrder, TestShop.Context("di"));
        Assert.True(result.Succeeded);
        Assert.Single(await provider.Get<IAuditStore>().ListForConversationAsync("conv-di"));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    private sealed class Services : List<ServiceDescriptor>, IServiceCollection;

    /// <summary>Just enough of a container to run the registered factories (the test project has no DI container).</summary>
    private sealed class MiniProvider(IEnumerable<ServiceDescriptor> descriptors) : IServiceProvider
    {
        private readonly Dictionary<Type, object> singletons = [];

        public T Get<T>() where T : notnull => (T)GetService(typeof(T))!;

        public object? GetService(Type serviceType)
        {
            if (singletons.TryGetValue(serviceType, out var existing)) return existing;
            var d = descriptors.LastOrDefault(x => x.ServiceType == serviceType);
            if (d is null) return null;
            var instance = d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(this) ?? throw new InvalidOperationException($"Cannot build {serviceType}.");
            singletons[serviceType] = instance;
            return instance;
        }
    }
}
