using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ShopBot.Channels.BotConnector;
using ShopBot.Channels.DirectLine;
using ShopBot.Chat;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills;
using ShopBot.Skills.Skills.Charts;
using ShopBot.Skills.Skills.Faq;
using ShopBot.Skills.Skills.Forecasts;
using ShopBot.Skills.Skills.Handoff;
using ShopBot.Skills.Skills.Orders;
using ShopBot.Skills.Skills.Pricing;
using ShopBot.Skills.Skills.Recommendations;
using ShopBot.Skills.Skills.Staff;
using ShopBot.Skills.Skills.SmallTalk;

namespace ShopBot.Hosting;

/// <summary>Service registration, one call per area; Program.cs reads as the list of them.</summary>
public static class ShopBotServiceExtensions
{
    /// <summary>Options, storage, the turn pipeline, response templates and skills.</summary>
    public static IServiceCollection AddShopBotCore(this IServiceCollection services)
    {
        services.AddOptions<ShopBotOptions>().BindConfiguration(ShopBotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails();
        services.AddExceptionHandler<UnhandledErrorHandler>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ShopBotPaths>();
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<ShopBotPaths>().DatabaseFile));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IConversationStateStore, SqliteConversationStateStore>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<ShopPolicyOptions>().BindConfiguration(ShopPolicyOptions.SectionName).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddShopBotSqliteShop();
        services.AddOptions<OrderSkillsOptions>().BindConfiguration(OrderSkillsOptions.SectionName).ValidateOnStart();
        services.AddShopBotOrderSkills();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName);
        services.AddSingleton<StaffDirectory>();
        services.AddOptions<ForecastSkillOptions>().BindConfiguration(ForecastSkillOptions.SectionName).ValidateOnStart();
        services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.SectionName).ValidateOnStart();
        services.AddShopBotForecastSkills();
        services.AddOptions<RecommendationOptions>().BindConfiguration(RecommendationOptions.SectionName).ValidateOnStart();
        services.AddSingleton(sp => new RecommenderModelCache(sp.GetRequiredService<ShopBotPaths>().CacheDirectory, sp.GetRequiredService<ILogger<RecommenderModelCache>>()));
        services.AddShopBotRecommendations(sp => Path.Combine(sp.GetRequiredService<ShopBotPaths>().DialogsDirectory, "entities"));
        services.AddHostedService<RecommenderRefreshService>();
        services.AddOptions<PriceRecommendationOptions>().BindConfiguration(PriceRecommendationOptions.SectionName).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<PriceQuoteOptions>().BindConfiguration(PriceQuoteOptions.SectionName).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddShopBotPricing();
        services.AddShopBotFaq(sp => Path.Combine(sp.GetRequiredService<ShopBotPaths>().DialogsDirectory, "knowledge"));

        services.AddSingleton<IVariantPicker>(sp => new RandomVariantPicker(sp.GetRequiredService<IOptions<ShopBotOptions>>().Value.ResponseSeed ?? Random.Shared.Next()));
        services.AddSingleton<IResponseRenderer>(sp => LgRenderer.FromDirectory(Path.Combine(sp.GetRequiredService<ShopBotPaths>().DialogsDirectory, "responses"), sp.GetRequiredService<IVariantPicker>()));

        // The turn: error boundary -> typing -> NLU -> order-question rule -> handoff (ownership, escalation) -> router.
        services.AddSingleton<ITurnMiddleware, ErrorBoundaryMiddleware>();
        services.AddSingleton<ITurnMiddleware, TypingMiddleware>();
        services.AddSingleton<ITurnMiddleware, RecognizerMiddleware>();
        services.AddSingleton<ITurnMiddleware, OrderQuestionMiddleware>();
        services.AddSingleton<ITurnMiddleware, HandoffMiddleware>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<IBot, SkillRouter>();
        services.AddSingleton(sp => new MiddlewarePipeline(sp.GetServices<ITurnMiddleware>(), sp.GetRequiredService<IBot>()));
        services.AddSingleton<TurnProcessor>();

        services.AddSingleton<WelcomeSkill>();
        services.AddSingleton<FallbackSkill>();
        services.AddSingleton<ISkill, SmallTalkSkill>();
        return services;
    }

    /// <summary>The built-in Direct Line 3.0 server and the chat page's token endpoint.</summary>
    public static IServiceCollection AddShopBotDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton<DirectLineOutbox>();
        services.AddSingleton<DirectLineBridge>();
        services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
            .WithMethods("GET", "POST", "OPTIONS")));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ChatTokenEndpoint.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary><c>/api/messages</c> for Bot Framework connectors.</summary>
    public static IServiceCollection AddShopBotBotConnector(this IServiceCollection services)
    {
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.Section);
        services.AddHttpClient<ConnectorReplySender>(client => client.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }
}
