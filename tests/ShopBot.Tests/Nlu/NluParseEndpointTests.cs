using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Nlu;

/// <summary><c>POST /api/nlu/parse</c> on the real host with the real NLU trained from dialogs/.</summary>
public sealed class NluParseEndpointTests(RealNluShopBotFactory host) : IClassFixture<RealNluShopBotFactory>
{
    private readonly HttpClient _http = host.CreateClient();

    internal static async Task<(HttpStatusCode Status, JsonNode? Body)> ParseAsync(HttpClient http, HttpContent content)
    {
        using var response = await http.PostAsync("/api/nlu/parse", content);
        string body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? null : JsonNode.Parse(body));
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> ParseAsync(string json) =>
        ParseAsync(_http, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Parse_ReturnsCanonicalIntentTop5EntitiesAndSentiment()
    {
        var (status, body) = await ParseAsync("""{"text": "where is my order 100234? this is taking forever"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("where is my order 100234? this is taking forever", body!["text"]!.GetValue<string>());
        Assert.Equal("track_order", body["intent"]!["name"]!.GetValue<string>());
        double confidence = body["intent"]!["confidence"]!.GetValue<double>();
        Assert.InRange(confidence, 0.5, 1);
        var intents = body["intents"]!.AsArray();
        Assert.Equal(5, intents.Count);
        Assert.Equal("track_order", intents[0]!["name"]!.GetValue<string>());
        var confidences = intents.Select(i => i!["confidence"]!.GetValue<double>()).ToArray();
        Assert.True(confidences.Zip(confidences.Skip(1)).All(p => p.First >= p.Second));
        Assert.Contains(body["entities"]!.AsArray(), e => e!["text"]!.GetValue<string>() == "100234");
        Assert.Contains(body["sentiment"]!["label"]!.GetValue<string>(), new[] { "negative", "neutral", "positive" });
        Assert.InRange(body["sentiment"]!["score"]!.GetValue<double>(), -1, 1);
    }

    [Theory]
    [InlineData("WHERE IS MY REFUND??? this is a disgrace", true)]
    [InlineData("where is my refund", false)]
    public async Task Parse_SaysWhetherTheWriterIsUpset_OnNegativeMessagesOnly(string text, bool negative)
    {
        var (status, body) = await ParseAsync(System.Text.Json.JsonSerializer.Serialize(new { text }));
        Assert.Equal(HttpStatusCode.OK, status);
        var sentiment = body!["sentiment"]!.AsObject();
        Assert.True(sentiment.ContainsKey("upset"));
        if (negative)
        {
            Assert.Equal("negative", sentiment["label"]!.GetValue<string>());
            Assert.InRange(sentiment["upset"]!.GetValue<double>(), new ShopBot.Skills.Skills.Handoff.HandoffOptions().UpsetThreshold, 1);
        }
        else
        {
            Assert.NotEqual("negative", sentiment["label"]!.GetValue<string>());
            Assert.Null(sentiment["upset"]);
        }
    }

    [Fact]
    public async Task Parse_AnswersOutOfScope_ForMessagesNotAboutTheShop()
    {
        var (status, body) = await ParseAsync("""{"text": "what is the boiling point of mercury in kelvin"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("out_of_scope", body!["intent"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"text": ""}""", "empty")]
    [InlineData("""{"text": "   "}""", "empty")]
    [InlineData("""{"message": "hi"}""", "'text'")]
    [InlineData("""{"text": 42}""", "'text'")]
    [InlineData("""["where is my order"]""", "JSON object")]
    [InlineData("""{"text": "where is""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public async Task BadRequests_Get400ProblemsThatSayWhy(string json, string reason)
    {
        var (status, body) = await ParseAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenKilobyteText_Gets400NamingTheLimit()
    {
        string text = string.Concat(Enumerable.Repeat("where is my order ", 600));
        var (status, body) = await ParseAsync(new JsonObject { ["text"] = text }.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("4096", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonUtf8Body_Gets400()
    {
        byte[] latin1 = [.. "{\"text\": \"caf"u8, 0xE9, .. "\"}"u8];
        var content = new ByteArrayContent(latin1);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var (status, body) = await ParseAsync(_http, content);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("UTF-8", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOver64Kilobytes_Gets413()
    {
        var (status, _) = await ParseAsync(new JsonObject { ["text"] = new string('a', 70_000) }.ToJsonString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }
}
