using Microsoft.Extensions.DependencyInjection;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>Registers the recommender service and the recommend_product skill.</summary>
public static class RecommendationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="RecommendationVocabulary"/> (list entities read from <paramref name="entitiesDirectory"/>,
    /// dialogs/entities), the <see cref="RecommenderService"/> (trains when first resolved: resolve it at start-up after
    /// seeding) and <see cref="RecommendProductSkill"/> as an <see cref="ISkill"/>, all singletons. The container must
    /// provide the shop stores (AddShopBotSqliteShop), <see cref="Orders.CustomerIdentity"/> (AddShopBotOrderSkills),
    /// the response renderer (with dialogs/responses/recommendations.lg), TimeProvider and logging; bind
    /// <see cref="RecommendationOptions"/> from <c>ShopBot:Recommendations</c> yourself.
    /// </summary>
    public static IServiceCollection AddShopBotRecommendations(this IServiceCollection services, Func<IServiceProvider, string> entitiesDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(entitiesDirectory);
        services.AddOptions<RecommendationOptions>().Validate(o => { o.Validate(); return true; });
        services.AddSingleton(sp => RecommendationVocabulary.FromDirectory(entitiesDirectory(sp)));
        services.AddSingleton<RecommenderService>();
        services.AddSingleton<ISkill, RecommendProductSkill>();
        return services;
    }
}
