using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;
using ShopBot.Skills.Skills.Recommendations;
using InteractionKind = ShopBot.Skills.Data.Shop.InteractionKind;

namespace ShopBot.Skills.Tests.RecommendationSkill;

public sealed class RecommenderModelCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "shopbot-reccache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private RecommenderModelCache Cache() => new(_dir, NullLogger<RecommenderModelCache>.Instance);

    private static RecommenderService Service(RecommendChat chat, RecommenderModelCache? cache) =>
        new(chat.Products, chat.Interactions, chat.Vocabulary, Options.Create(new RecommendationOptions()), TimeProvider.System,
            NullLogger<RecommenderService>.Instance, cache);

    private static string Picks(RecommenderService service, string user) =>
        string.Join(",", service.Recommend(new RecommendationRequest(user, Count: 8)).Select(r => $"{r.Item.Id}:{r.Score:R}"));

    [Fact]
    public async Task A_fit_is_cached_and_the_next_start_loads_it_with_identical_recommendations()
    {
        await using var chat = await RecommendChat.StartAsync();
        var fitted = Service(chat, Cache());
        Assert.False(fitted.Current.FactorsFromCache);
        Assert.NotNull(fitted.Current.ModelKey);
        Assert.True(File.Exists(Cache().PathOf(fitted.Current.ModelKey!)));

        var loaded = Service(chat, Cache());
        Assert.True(loaded.Current.FactorsFromCache);
        Assert.Equal(fitted.Current.ModelKey, loaded.Current.ModelKey);
        foreach (var user in new[] { "1", "2", "7" })
        {
            var expected = Picks(fitted, user);
            Assert.NotEqual("", expected);
            Assert.Equal(expected, Picks(loaded, user));
        }
    }

    [Fact]
    public async Task New_data_gets_a_new_key_and_a_fresh_fit()
    {
        await using var chat = await RecommendChat.StartAsync();
        var first = Service(chat, Cache()).Current;
        await chat.Interactions.AddAsync(new ProductInteraction(3, 5, InteractionKind.Purchase, 1, DateTimeOffset.UtcNow));
        var second = Service(chat, Cache()).Current;
        Assert.NotEqual(first.ModelKey, second.ModelKey);
        Assert.False(second.FactorsFromCache);
        Assert.Equal(2, Directory.GetFiles(_dir, "recommender-*.als").Length);
    }

    [Fact]
    public async Task A_corrupt_cache_file_is_refitted_and_replaced()
    {
        await using var chat = await RecommendChat.StartAsync();
        var key = Service(chat, Cache()).Current.ModelKey!;
        await File.WriteAllTextAsync(Cache().PathOf(key), "not a model");
        var service = Service(chat, Cache());
        Assert.False(service.Current.FactorsFromCache);
        Assert.True(Service(chat, Cache()).Current.FactorsFromCache);
    }

    [Fact]
    public void The_key_depends_on_the_data_and_the_als_options()
    {
        var key = RecommenderModelCache.Key("abc", new ImplicitAlsOptions());
        Assert.Equal(24, key.Length);
        Assert.Equal(key, RecommenderModelCache.Key("abc", new ImplicitAlsOptions()));
        Assert.NotEqual(key, RecommenderModelCache.Key("abd", new ImplicitAlsOptions()));
        Assert.NotEqual(key, RecommenderModelCache.Key("abc", new ImplicitAlsOptions { Factors = 16 }));
        Assert.Equal(key, RecommenderModelCache.KeyOf($"/x/recommender-{key}.als"));
        Assert.Null(RecommenderModelCache.KeyOf("/x/intents-abc.model"));
    }

    [Fact]
    public void Factors_trained_on_other_shoppers_are_not_reused()
    {
        var items = new[] { Item("a"), Item("b"), Item("c") };
        Interaction[] data = [new("u1", "a", 1), new("u1", "b", 1), new("u2", "b", 1), new("u2", "c", 1)];
        var trainer = new HybridRecommenderTrainer();
        var reference = trainer.Fit(data, items).Als!;
        Assert.Same(reference, trainer.Fit(data, items, reference).Als);
        var other = trainer.Fit([.. data, new Interaction("u3", "a", 1)], items, reference).Als!;
        Assert.NotSame(reference, other);
        Assert.Equal(3, other.Users.Count);
    }

    private static ItemInfo Item(string id) => new(id, "Item " + id, "Home", "Acme", 10m, true, new Dictionary<string, string>());
}
