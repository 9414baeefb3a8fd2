using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ShopBot.Agents;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Agents;

public sealed class AgentSignInTests : IClassFixture<AgentSignInTests.Host>
{
    private readonly Host _host;

    public AgentSignInTests(Host host) => _host = host;

    public sealed class Host : ShopBotFactory
    {
        public Host()
            : base(false, new Dictionary<string, string?>
            {
                ["ShopBot:Agents:Accounts:0:Id"] = "sam",
                ["ShopBot:Agents:Accounts:0:Name"] = "Sam",
                ["ShopBot:Agents:Accounts:0:PasswordHash"] = PasswordHasher.Hash("a long enough password"),
            })
        {
        }
    }

    private HttpClient Client() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static FormUrlEncodedContent Form(string id, string password) => new(new Dictionary<string, string> { ["id"] = id, ["password"] = password });

    [Fact]
    public async Task TheHub_RefusesAnyoneNotSignedIn()
    {
        using var response = await Client().PostAsync("/agent/hub/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AWrongPassword_GoesBackToTheSignInPage_WithoutACookie()
    {
        using var response = await Client().PostAsync("/agent/login", Form("sam", "wrong password here"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/agent/login.html?failed=1", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheRightPassword_SignsIn_AndOpensTheHub()
    {
        var client = Client();
        using var login = await client.PostAsync("/agent/login", Form("sam", "a long enough password"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/agent/", login.Headers.Location!.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("shopbot.agent=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/agent/hub/negotiate?negotiateVersion=1");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var negotiate = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
    }
}
