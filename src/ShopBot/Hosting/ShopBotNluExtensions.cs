using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Nlu.Entities;
using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Hosting;

/// <summary>
/// The NLU: intent classifier with fallback, sentiment and entity recognisers, trained from dialogs/ at start-up
/// (before the server listens) or loaded from the cache in the data folder when the data and options are unchanged.
/// </summary>
public static class ShopBotNluExtensions
{
    /// <summary>Configuration section of <see cref="EntityOptions"/> (order number and SKU patterns, list entity folder).</summary>
    public const string EntityOptionsSection = "ShopBot:Entities";

    public static IServiceCollection AddShopBotNlu(this IServiceCollection services)
    {
        services.AddOptions<NluOptions>().BindConfiguration(NluOptions.SectionName).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<ShopBotPaths>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("ShopBot.Nlu");
            return NluModels.LoadOrTrain(paths.DialogsDirectory, paths.CacheDirectory, sp.GetRequiredService<IOptions<NluOptions>>().Value, logger);
        });
        // Entities: numbers, money, dates, e-mails, phones (the Recognizers-Text result model), order numbers, SKUs,
        // quantities, list entities from dialogs/entities and the catalogue's product names.
        services.AddOptions<EntityOptions>().BindConfiguration(EntityOptionsSection);
        services.AddSingleton<ICatalogTerms, ProductStoreCatalogTerms>();
        services.AddSingleton<IEntityRecognizer>(sp => new LazyEntityRecognizer(() =>
        {
            var options = sp.GetRequiredService<IOptions<EntityOptions>>().Value;
            options.ListEntitiesDirectory ??= Path.Combine(sp.GetRequiredService<ShopBotPaths>().DialogsDirectory, "entities");
            return EntityRecognizerSet.CreateDefault(options, sp.GetRequiredService<ICatalogTerms>());
        }));
        services.AddSingleton<IRecognizer>(sp =>
        {
            var models = sp.GetRequiredService<NluModels>();
            return new NluRecognizer(models.Intents, models.Sentiment, sp.GetServices<IEntityRecognizer>(), sp.GetRequiredService<IOptions<NluOptions>>().Value, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
