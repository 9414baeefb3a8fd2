using Microsoft.Extensions.Options;
using ShopBot.Skills.Nlu;

namespace ShopBot.Hosting;

/// <summary>
/// The NLU: intent classifier with fallback, sentiment and entity recognisers, trained from dialogs/ at start-up
/// (before the server listens) or loaded from the cache in the data folder when the data and options are unchanged.
/// </summary>
public static class ShopBotNluExtensions
{
    public static IServiceCollection AddShopBotNlu(this IServiceCollection services)
    {
        services.AddOptions<NluOptions>().BindConfiguration(NluOptions.SectionName).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<ShopBotPaths>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("ShopBot.Nlu");
            return NluModels.LoadOrTrain(paths.DialogsDirectory, paths.CacheDirectory, sp.GetRequiredService<IOptions<NluOptions>>().Value, logger);
        });
        services.AddSingleton<IRecognizer>(sp =>
        {
            var models = sp.GetRequiredService<NluModels>();
            return new NluRecognizer(models.Intents, models.Sentiment, sp.GetServices<IEntityRecognizer>(), sp.GetRequiredService<IOptions<NluOptions>>().Value, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
