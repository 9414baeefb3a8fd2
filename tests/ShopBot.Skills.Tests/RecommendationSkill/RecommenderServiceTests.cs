using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;
using ShopBot.Skills.Skills.Recommendations;
using InteractionKind = ShopBot.Skills.Data.Shop.InteractionKind;

namespace ShopBot.Skills.Tests.RecommendationSkill;

public sealed class RecommenderServiceTests
{
    [Fact]
    public void Interactions_are_weighted_per_event_and_low_ratings_add_nothing()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var raw = new[]
        {
            new ProductInteraction(1, 10, InteractionKind.View, 1, at),
            new ProductInteraction(1, 10, InteractionKind.Cart, 2, at),
            new ProductInteraction(1, 11, InteractionKind.Purchase, 3, at),
            new ProductInteraction(2, 11, InteractionKind.Rating, 5, at),
            new ProductInteraction(2, 12, InteractionKind.Rating, 3, at),
            new ProductInteraction(2, 13, InteractionKind.Rating, 1, at),
        };
        var result = RecommenderTrainingData.ToInteractions(raw, new RecommendationOptions { RatingWeightPerStar = 1.5 });
        Assert.Equal(
            [new Interaction("1", "10", 1, at.ToUnixTimeSeconds()), new Interaction("1", "10", 3, at.ToUnixTimeSeconds()),
             new Interaction("1", "11", 5, at.ToUnixTimeSeconds()), new Interaction("2", "11", 3, at.ToUnixTimeSeconds())],
            result);
    }

    [Fact]
    public async Task Retraining_unchanged_data_keeps_the_model_and_new_data_refits()
    {
        await using var chat = await RecommendChat.StartAsync();
        var service = chat.Recommender;
        var first = service.Current;
        Assert.Equal(64, first.Fingerprint.Length);
        Assert.True(first.Interactions > 0 && first.Shoppers > 0);

        Assert.Same(first, await service.RetrainAsync());

        await chat.Interactions.AddAsync(new ProductInteraction(2, 3, InteractionKind.Purchase, 1, DateTimeOffset.UtcNow));
        var second = await service.RetrainAsync();
        Assert.NotSame(first, second);
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
        Assert.Equal(first.Interactions + 1, second.Interactions);
        Assert.Same(second, service.Current);
    }

    [Fact]
    public void An_empty_catalogue_recommends_nothing_instead_of_failing_the_host()
    {
        var service = new RecommenderService(new EmptyProducts(), new NoInteractions(), new RecommendationVocabulary([]),
            Options.Create(new RecommendationOptions()), TimeProvider.System, NullLogger<RecommenderService>.Instance);
        Assert.Null(service.Current.Model);
        Assert.Empty(service.Recommend(new RecommendationRequest("1")));
        Assert.Empty(service.SimilarTo(1));
    }

    [Fact]
    public void Bad_options_are_rejected_with_their_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new RecommendationOptions { Count = 0 }.Validate());
        Assert.Contains("ShopBot:Recommendations:Count", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RecommendationOptions { CartWeight = double.NaN }.Validate());
        Assert.Throws<ArgumentException>(() => new RecommendationOptions { ImageBaseUrl = "cdn/images" }.Validate());
    }

    [Theory]
    [InlineData(null, "/images/products/aud-0001.jpg", "/images/products/aud-0001.jpg")]
    [InlineData("https://cdn.example.com/", "/images/products/aud-0001.jpg", "https://cdn.example.com/images/products/aud-0001.jpg")]
    [InlineData("https://cdn.example.com", "https://img.example.org/a.jpg", "https://img.example.org/a.jpg")]
    public void Relative_image_paths_join_the_configured_base(string? baseUrl, string stored, string expected)
    {
        var cards = new RecommendationCards(new ShopBot.Skills.Rendering.LgRenderer([], new ShopBot.Skills.Rendering.RandomVariantPicker(0)), new RecommendationOptions { ImageBaseUrl = baseUrl });
        Assert.Equal(expected, cards.ImageUrl(stored));
    }

    private sealed class EmptyProducts : IProductStore
    {
        public Task<Product?> GetByIdAsync(long productId, CancellationToken cancellationToken = default) => Task.FromResult<Product?>(null);
        public Task<Product?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default) => Task.FromResult<Product?>(null);
        public Task<IReadOnlyList<Product>> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Product>>([]);
        public Task<IReadOnlyList<string>> ListCategoriesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([]);
    }

    private sealed class NoInteractions : IInteractionStore
    {
        public Task<IReadOnlyList<ProductInteraction>> GetAllAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ProductInteraction>>([]);
        public Task<IReadOnlyList<ProductInteraction>> GetForCustomerAsync(long customerId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ProductInteraction>>([]);
        public Task AddAsync(ProductInteraction interaction, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
