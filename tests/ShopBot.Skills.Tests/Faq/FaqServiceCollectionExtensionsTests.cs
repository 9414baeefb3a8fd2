using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Faq;

namespace ShopBot.Skills.Tests.Faq;

public class FaqServiceCollectionExtensionsTests
{
    [Fact]
    public void AddShopBotFaq_RegistersTheKnowledgeBaseAndTheSkill_AsSingletons()
    {
        var services = new Services();
        services.AddSingleton<IResponseRenderer>(LgRenderer.FromDirectory(FaqFiles.ResponsesDirectory, new RandomVariantPicker(1)));
        services.AddSingleton<IOptions<ShopPolicyOptions>>(Options.Create(new ShopPolicyOptions()));
        services.AddShopBotFaq(FaqFiles.KnowledgeDirectory);

        Assert.All(services.Where(d => d.ServiceType == typeof(KnowledgeBase) || d.ServiceType == typeof(ISkill)), d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        var provider = new MiniProvider(services);
        var skill = Assert.IsType<FaqSkill>(provider.GetService(typeof(ISkill)));
        Assert.Equal("faq", skill.Name);
        Assert.Equal(KnowledgeBaseTests.FaqIntents.Order(StringComparer.Ordinal), skill.Intents.Order(StringComparer.Ordinal));
        Assert.Same(provider.GetService(typeof(KnowledgeBase)), provider.GetService(typeof(KnowledgeBase)));
    }

    [Fact]
    public void AddShopBotFaq_CanFindTheFolderFromTheContainer()
    {
        var services = new Services();
        services.AddSingleton(new KnowledgeFolder(FaqFiles.KnowledgeDirectory));
        services.AddShopBotFaq(sp => ((KnowledgeFolder)sp.GetService(typeof(KnowledgeFolder))!).Path);
        var knowledge = Assert.IsType<KnowledgeBase>(new MiniProvider(services).GetService(typeof(KnowledgeBase)));
        Assert.Equal(KnowledgeBaseTests.FaqIntents.Length, knowledge.Intents.Count);
    }

    [Fact]
    public void AddShopBotFaq_RejectsBadArguments_AndAMissingFolderWhenResolved()
    {
        Assert.Throws<ArgumentNullException>(() => FaqServiceCollectionExtensions.AddShopBotFaq(null!, "dialogs/knowledge"));
        Assert.Throws<ArgumentException>(() => new Services().AddShopBotFaq(""));
        Assert.Throws<ArgumentNullException>(() => new Services().AddShopBotFaq((Func<IServiceProvider, string>)null!));
        var services = new Services();
        services.AddShopBotFaq(Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid()));
        Assert.Throws<DirectoryNotFoundException>(() => new MiniProvider(services).GetService(typeof(KnowledgeBase)));
    }

    private sealed record KnowledgeFolder(string Path);

    private sealed class Services : List<ServiceDescriptor>, IServiceCollection;

    /// <summary>Just enough of a container to run the registered factories (the test project has no DI container).</summary>
    private sealed class MiniProvider(IEnumerable<ServiceDescriptor> descriptors) : IServiceProvider
    {
        private readonly Dictionary<Type, object> _singletons = [];

        public object? GetService(Type serviceType)
        {
            if (_singletons.TryGetValue(serviceType, out var existing)) return existing;
            var d = descriptors.LastOrDefault(x => x.ServiceType == serviceType);
            if (d is null) return null;
            var instance = d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(this) ?? throw new InvalidOperationException($"Cannot build {serviceType}.");
            _singletons[serviceType] = instance;
            return instance;
        }
    }
}
