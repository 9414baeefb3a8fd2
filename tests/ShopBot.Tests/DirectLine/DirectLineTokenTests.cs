using System.IdentityModel.Tokens.Jwt;
using System.Net;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.DirectLine;

public sealed class DirectLineTokenTests : IClassFixture<ShopBotFactory>
{
    private readonly ShopBotFactory _factory;
    private readonly DirectLineClient _client;

    public DirectLineTokenTests(ShopBotFactory factory)
    {
        _factory = factory;
        _client = new DirectLineClient(factory.CreateClient());
    }

    [Fact]
    public async Task Generate_ReturnsJwtCarryingTheTrustedUser()
    {
        var body = await _client.GenerateTokenAsync("dl_customer42");
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(body["token"]!.GetValue<string>());
        Assert.Equal("dl_customer42", jwt.Claims.Single(c => c.Type == "user").Value);
        Assert.Equal("true", jwt.Claims.Single(c => c.Type == "trusted").Value);
        Assert.Equal(body["conversationId"]!.GetValue<string>(), jwt.Claims.Single(c => c.Type == "conv").Value);
        Assert.True(body["expires_in"]!.GetValue<int>() > 15 * 60, "tokens must outlive DirectLineJS's 15-minute refresh");
    }

    [Fact]
    public async Task Generate_Returns401_WithoutAuthorization()
    {
        var (status, body) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Unauthorized", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Generate_Returns403_ForAWrongSecret()
    {
        var (status, _) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Generate_Returns403_WhenCalledWithATokenInsteadOfTheSecret()
    {
        var token = (await _client.GenerateTokenAsync())["token"]!.GetValue<string>();
        var (status, _) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Generate_Returns400_ForATrustedUserIdWithoutThePrefix()
    {
        var (status, body) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", ShopBotFactory.Secret, "{\"user\":{\"id\":\"customer42\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("dl_", body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_Returns400_ForMalformedJson()
    {
        var (status, body) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", ShopBotFactory.Secret, "{\"user\":");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadArgument", body!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_ReturnsANewTokenForTheSameConversationAndUser()
    {
        var generated = await _client.GenerateTokenAsync("dl_refresh");
        var (status, body) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", generated["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(generated["conversationId"]!.GetValue<string>(), body!["conversationId"]!.GetValue<string>());
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(body["token"]!.GetValue<string>());
        Assert.Equal("dl_refresh", jwt.Claims.Single(c => c.Type == "user").Value);
    }

    [Fact]
    public async Task ExpiredToken_Returns403_OnRefreshAndOnEveryConversationCall()
    {
        using var factory = new ShopBotFactory();
        var client = new DirectLineClient(factory.CreateClient());
        var (conversationId, token, _) = await client.StartAsync();
        factory.Time.Advance(TimeSpan.FromHours(2));

        var (refresh, refreshBody) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.Forbidden, refresh);
        Assert.Equal("TokenExpired", refreshBody!["error"]!["code"]!.GetValue<string>());
        var (get, _) = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        Assert.Equal(HttpStatusCode.Forbidden, get);
        var (post, _) = await client.PostMessageAsync(conversationId, token, "hi");
        Assert.Equal(HttpStatusCode.Forbidden, post);
    }

    [Fact]
    public async Task TamperedToken_Returns403()
    {
        var token = (await _client.GenerateTokenAsync())["token"]!.GetValue<string>();
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var (status, _) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", tampered);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task ChatTokenEndpoint_GivesAnAnonymousTokenWithoutTheSecret()
    {
        using var response = await _factory.CreateClient().PostAsync("/api/chat/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(body["token"]!.GetValue<string>());
        Assert.StartsWith("anon_", jwt.Claims.Single(c => c.Type == "user").Value, StringComparison.Ordinal);
        Assert.Equal("false", jwt.Claims.Single(c => c.Type == "trusted").Value);
    }
}
