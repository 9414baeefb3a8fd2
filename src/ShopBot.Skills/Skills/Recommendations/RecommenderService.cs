using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>
/// The shop's trained recommender. It trains when constructed (resolve it at start-up, after seeding, so no request
/// trains), from every product of <see cref="IProductStore"/> and every interaction of <see cref="IInteractionStore"/>.
/// With a <see cref="RecommenderModelCache"/>, the implicit-ALS factors (seconds of the fit) are loaded when a model for
/// exactly this data and these options is cached, and saved after a fit; the cheap components are refitted.
/// <see cref="RetrainAsync"/> refits only when the data's fingerprint changed and swaps the model atomically.
/// </summary>
public sealed partial class RecommenderService
{
    private readonly IProductStore _products;
    private readonly IInteractionStore _interactions;
    private readonly RecommendationVocabulary _vocabulary;
    private readonly RecommendationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RecommenderService> _logger;
    private readonly RecommenderModelCache? _cache;
    private readonly SemaphoreSlim _training = new(1, 1);
    private volatile RecommenderSnapshot _current;

    /// <summary>
    /// Trains on the current data (blocking; the stores are read synchronously once). An empty catalogue (a shop not
    /// imported yet) gives no model and empty recommendations until <see cref="RetrainAsync"/> finds products.
    /// </summary>
    public RecommenderService(IProductStore products, IInteractionStore interactions, RecommendationVocabulary vocabulary,
        IOptions<RecommendationOptions> options, TimeProvider time, ILogger<RecommenderService> logger, RecommenderModelCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _products = products ?? throw new ArgumentNullException(nameof(products));
        _interactions = interactions ?? throw new ArgumentNullException(nameof(interactions));
        _vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        _options = options.Value;
        _options.Validate();
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _cache = cache;
        _current = TrainAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The model in use.</summary>
    public RecommenderSnapshot Current => _current;

    /// <summary>Personalised (or popular, for a shopper without history) products under the request's constraints.</summary>
    /// <exception cref="ArgumentException">Contradictory constraints or a count below 1.</exception>
    public IReadOnlyList<Recommendation> Recommend(RecommendationRequest request) => _current.Model?.Recommend(request) ?? [];

    /// <summary>Products like <paramref name="productId"/>, under the constraints.</summary>
    /// <exception cref="ArgumentException">A product not in the trained catalogue, or a count below 1.</exception>
    public IReadOnlyList<Recommendation> SimilarTo(long productId, RecommendationConstraints? constraints = null, int count = 5) =>
        _current.Model?.SimilarTo(RecommenderTrainingData.Id(productId), constraints, count) ?? [];

    /// <summary>
    /// Products bought by shoppers who bought <paramref name="productId"/> (at least
    /// <see cref="AlsoBoughtOptions.MinCoPurchases"/> of them), best first, under the constraints; reason
    /// <see cref="AlsoBoughtReason"/> with the anchor. Empty when nobody bought it with anything yet.
    /// </summary>
    public IReadOnlyList<Recommendation> BoughtWith(long productId, RecommendationConstraints? constraints = null, int count = 5)
    {
        var snapshot = _current;
        var id = RecommenderTrainingData.Id(productId);
        if (snapshot.AlsoBought is null || !snapshot.Items.TryGetValue(id, out var anchor)) return [];
        (constraints ?? RecommendationConstraints.None).Validate();
        var reason = new RecommendationReason(AlsoBoughtReason, new Dictionary<string, string> { ["anchor_id"] = anchor.Id, ["anchor_name"] = anchor.Name });
        return [.. snapshot.AlsoBought.For(id, _options.AlsoBought.MaxPerItem)
            .Select(p => snapshot.Items.GetValueOrDefault(p.ItemId) is { } item && (constraints?.Matches(item) ?? true) ? new Recommendation(item, p.Score, reason) : null)
            .OfType<Recommendation>()
            .Take(Math.Max(count, 0))];
    }

    /// <summary>Reason code of <see cref="BoughtWith"/> items. Args: anchor_id, anchor_name.</summary>
    public const string AlsoBoughtReason = "also_bought";

    /// <summary>The catalogue product behind a recommendation (null when it is not in the trained catalogue).</summary>
    public Product? Product(string itemId) => _current.Products.GetValueOrDefault(itemId);

    /// <summary>
    /// Reads the data again and refits when it changed since the current model (or always with <paramref name="force"/>);
    /// returns the model in use afterwards. Concurrent calls train once.
    /// </summary>
    public async Task<RecommenderSnapshot> RetrainAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        await _training.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (items, products, interactions, purchases, fingerprint) = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!force && fingerprint == _current.Fingerprint)
            {
                LogUnchanged(fingerprint[..12]);
                return _current;
            }
            _current = Fit(items, products, interactions, purchases, fingerprint, Stopwatch.GetTimestamp());
            return _current;
        }
        finally
        {
            _training.Release();
        }
    }

    private async Task<RecommenderSnapshot> TrainAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (items, products, interactions, purchases, fingerprint) = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return Fit(items, products, interactions, purchases, fingerprint, started);
    }

    private async Task<(List<ItemInfo> Items, Dictionary<string, Product> Products, List<Interaction> Interactions, List<Interaction> Purchases, string Fingerprint)> ReadAsync(CancellationToken cancellationToken)
    {
        var catalogue = await _products.SearchAsync(new ProductQuery { Limit = 10_000 }, cancellationToken).ConfigureAwait(false);
        var ordered = catalogue.OrderBy(p => p.Id).ToList();
        var items = ordered.Select(p => RecommenderTrainingData.ToItem(p, _vocabulary)).ToList();
        var products = ordered.ToDictionary(p => RecommenderTrainingData.Id(p.Id), StringComparer.Ordinal);
        var all = await _interactions.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var interactions = RecommenderTrainingData.ToInteractions(all, _options);
        var purchases = all.Where(x => x.Kind == Data.Shop.InteractionKind.Purchase)
            .Select(x => new Interaction(RecommenderTrainingData.Id(x.CustomerId), RecommenderTrainingData.Id(x.ProductId), 1)).ToList();
        return (items, products, interactions, purchases, RecommenderTrainingData.Fingerprint(items, [.. interactions, .. purchases]));
    }

    private RecommenderSnapshot Fit(List<ItemInfo> items, Dictionary<string, Product> products, List<Interaction> interactions, List<Interaction> purchases, string fingerprint, long started)
    {
        if (items.Count == 0)
        {
            LogEmptyCatalogue();
            return new RecommenderSnapshot(null, null, new Dictionary<string, ItemInfo>(), products, fingerprint, 0, 0, Stopwatch.GetElapsedTime(started), _time.GetUtcNow());
        }
        var key = RecommenderModelCache.Key(fingerprint, _options.Model.Als);
        var cached = _cache?.TryLoad(key);
        var model = new HybridRecommenderTrainer(_options.Model).Fit(interactions, items, cached);
        var fromCache = cached is not null && ReferenceEquals(model.Als, cached);
        if (_cache is not null && !fromCache && model.Als is not null) _cache.Save(key, model.Als);
        var alsoBought = new AlsoBoughtTrainer(_options.AlsoBought).Fit(InteractionMatrix.Build(purchases, DuplicateHandling.Sum, items.Select(i => i.Id)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var shoppers = interactions.Select(x => x.UserId).Distinct(StringComparer.Ordinal).Count();
        LogTrained(items.Count, interactions.Count, shoppers, elapsed.TotalMilliseconds, fingerprint[..12], fromCache ? "loaded from the cache" : "fitted");
        return new RecommenderSnapshot(model, alsoBought, items.ToDictionary(i => i.Id, StringComparer.Ordinal), products, fingerprint, interactions.Count, shoppers, elapsed, _time.GetUtcNow())
        {
            ModelKey = key,
            FactorsFromCache = fromCache,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommender trained on {Products} products, {Interactions} interactions of {Shoppers} shoppers in {Milliseconds:0} ms (data {Fingerprint}, ALS factors {Factors})")]
    private partial void LogTrained(int products, int interactions, int shoppers, double milliseconds, string fingerprint, string factors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recommender: the product store is empty, so there is nothing to recommend until it is retrained after an import")]
    private partial void LogEmptyCatalogue();

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommender data unchanged ({Fingerprint}): model kept")]
    private partial void LogUnchanged(string fingerprint);
}
