using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ShopBot.Agents;

/// <summary>Agent sign-in and sign-out (a cookie), and the SignalR hub at <c>/agent/hub</c>.</summary>
public static class AgentEndpoints
{
    public const string Policy = "agent";
    public const string LoginRateLimit = "agent-login";

    public static IEndpointRouteBuilder MapShopBotAgents(this IEndpointRouteBuilder app)
    {
        app.MapPost("/agent/login", async (HttpContext context, AgentDirectory directory) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var account = directory.SignIn(form["id"], form["password"]);
            if (account is null) return Results.Redirect("/agent/login.html?failed=1");
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, account.Id), new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(account.Name) ? account.Id : account.Name), new Claim(ClaimTypes.Role, Policy)],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
            return Results.Redirect("/agent/");
        }).DisableAntiforgery().RequireRateLimiting(LoginRateLimit);

        app.MapPost("/agent/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect("/agent/login.html");
        }).DisableAntiforgery();

        app.MapHub<AgentHub>("/agent/hub");
        return app;
    }
}
