using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopBot.Tests.Support;

/// <summary>A minimal Direct Line 3.0 client over HttpClient, speaking the wire format directly (as DirectLineJS does).</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<JsonObject> GenerateTokenAsync(string? userId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ShopBotFactory.Secret);
        if (userId is not null) request.Content = JsonContent.Create(new { user = new { id = userId } });
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
    }

    /// <summary>Generates a token and starts its conversation; returns (conversationId, token, start response).</summary>
    public async Task<(string ConversationId, string Token, JsonObject Start)> StartAsync()
    {
        var generated = await GenerateTokenAsync();
        var token = generated["token"]!.GetValue<string>();
        var (status, body) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{\"user\":{}}");
        Assert.Equal(HttpStatusCode.Created, status);
        return (body!["conversationId"]!.GetValue<string>(), token, body);
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> PostMessageAsync(string conversationId, string token, string text, string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "Tester", ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N"), ["custom"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) } },
        };
        return await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity.ToJsonString());
    }

    public async Task<(JsonArray Activities, string Watermark)> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return (body!["activities"]!.AsArray(), body["watermark"]!.GetValue<string>());
    }

    /// <summary>Reads every page after <paramref name="watermark"/> until an empty one.</summary>
    public async Task<List<JsonObject>> GetAllAsync(string conversationId, string token, string? watermark = null)
    {
        var all = new List<JsonObject>();
        while (true)
        {
            var (page, next) = await GetActivitiesAsync(conversationId, token, watermark);
            if (page.Count == 0) return all;
            all.AddRange(page.Select(a => a!.AsObject()));
            watermark = next;
        }
    }

    public static string Decode(JsonNode? node) => JsonSerializer.Serialize(node);
}
