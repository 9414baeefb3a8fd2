using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using ShopBot.Agents;
using ShopBot.Channels.DirectLine;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Hosting;

/// <summary>Human handoff: the escalation policy in the turn, the shared queue, agent sign-in, the console hub and the timeout sweep.</summary>
public static class ShopBotAgentExtensions
{
    public static IServiceCollection AddShopBotHandoffAndAgents(this IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName).ValidateOnStart();
        services.AddShopBotHandoff();
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.Section);
        services.AddSingleton<AgentDirectory>();
        services.AddSingleton<AgentPresence>();
        services.AddSingleton<IAgentPresence>(sp => sp.GetRequiredService<AgentPresence>());
        services.AddSingleton<IAgentNotifier, SignalRAgentNotifier>();
        services.AddSingleton<IProactiveSender, DirectLineProactiveSender>();
        services.AddHostedService<HandoffTimeoutService>();
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "shopbot.agent";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/agent/login.html";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;

            // The hub answers 401 instead of redirecting; the console then shows the sign-in page.
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/agent/hub")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(AgentEndpoints.Policy, p => p.RequireRole(AgentEndpoints.Policy));
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(limiter => limiter.AddPolicy(AgentEndpoints.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }
}
