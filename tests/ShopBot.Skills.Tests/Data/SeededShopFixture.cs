namespace ShopBot.Skills.Tests.Data;

/// <summary>One small seeded shop shared by read-only tests.</summary>
public sealed class SeededShopFixture : IAsyncLifetime
{
    internal TestShop Shop { get; private set; } = null!;

    public async Task InitializeAsync() => Shop = await TestShop.CreateAsync();

    public Task DisposeAsync()
    {
        Shop.Dispose();
        return Task.CompletedTask;
    }
}
