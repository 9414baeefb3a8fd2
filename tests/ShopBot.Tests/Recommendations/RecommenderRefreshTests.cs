using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ShopBot.Cli;
using ShopBot.Hosting;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Recommendations;
using ShopBot.Tests.Support;
using InteractionKind = ShopBot.Skills.Data.Shop.InteractionKind;

namespace ShopBot.Tests.Recommendations;

/// <summary>
/// The running host picks up a model trained by <c>recommend train</c> (run in-process with its real arguments)
/// through the shared model cache, without restarting and without training itself.
/// </summary>
public sealed class RecommenderRefreshTests
{
    [Fact]
    public async Task A_model_trained_by_the_cli_replaces_the_running_hosts_model()
    {
        var cacheDirectory = Path.Combine(Path.GetTempPath(), "shopbot-tests", "reccache-" + Guid.NewGuid().ToString("N"));
        var settings = RealNluShopBotFactory.SmallShop;
        settings["ShopBot:CacheDirectory"] = cacheDirectory;
        await using var factory = new ShopBotFactory(realNlu: false, settings);
        _ = factory.Server; // starts the host: migrate, seed, train the recommender
        var recommender = factory.Services.GetRequiredService<RecommenderService>();
        var before = recommender.Current;
        Assert.NotNull(before.Model);
        Assert.False(before.FactorsFromCache);
        Assert.True(File.Exists(Path.Combine(cacheDirectory, $"recommender-{before.ModelKey}.als")), "the host caches what it fitted");

        // New shop activity, then the merchant retrains from the command line.
        var interactions = factory.Services.GetRequiredService<IInteractionStore>();
        await interactions.AddAsync(new ProductInteraction(1, 2, InteractionKind.Purchase, 1, DateTimeOffset.UtcNow));
        await interactions.AddAsync(new ProductInteraction(2, 3, InteractionKind.Purchase, 1, DateTimeOffset.UtcNow));
        var database = factory.Services.GetRequiredService<ShopBotPaths>().DatabaseFile;
        Assert.Equal(0, await CliApp.RunAsync(["recommend", "train", "--database", database, "--cache", cacheDirectory]));

        var waited = Stopwatch.StartNew();
        while (recommender.Current.Fingerprint == before.Fingerprint && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(100);
        var after = recommender.Current;
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.Equal(before.Interactions + 2, after.Interactions);
        Assert.True(after.FactorsFromCache, "the host loaded the CLI's factors instead of fitting them again");
        Directory.Delete(cacheDirectory, recursive: true);
    }
}
