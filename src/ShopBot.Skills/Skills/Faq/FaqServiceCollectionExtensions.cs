using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.Faq;

/// <summary>Registers the FAQ skill and its knowledge base.</summary>
public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="KnowledgeBase"/> read from <paramref name="knowledgeDirectory"/> (dialogs/knowledge) and the
    /// <see cref="FaqSkill"/> as an <see cref="ISkill"/>, both singletons. The container must provide
    /// <see cref="IResponseRenderer"/> (with dialogs/responses/faq.lg loaded) and <see cref="IOptions{ShopPolicyOptions}"/>
    /// (bind section <c>ShopBot:ShopPolicy</c> yourself). The files are read when the skill is first resolved.
    /// </summary>
    public static IServiceCollection AddShopBotFaq(this IServiceCollection services, string knowledgeDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(knowledgeDirectory);
        return services.AddShopBotFaq(_ => knowledgeDirectory);
    }

    /// <summary>
    /// As <see cref="AddShopBotFaq(IServiceCollection, string)"/>, with the folder found from the container when the
    /// knowledge base is first resolved (e.g. from the host's configured dialogs folder).
    /// </summary>
    public static IServiceCollection AddShopBotFaq(this IServiceCollection services, Func<IServiceProvider, string> knowledgeDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(knowledgeDirectory);
        services.AddSingleton(sp => KnowledgeBase.FromDirectory(knowledgeDirectory(sp)));
        services.AddSingleton<ISkill>(sp => new FaqSkill(
            sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<IResponseRenderer>(), sp.GetRequiredService<IOptions<ShopPolicyOptions>>()));
        return services;
    }
}
