using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST surface under <c>/v3/directline</c>.</summary>
public static partial class DirectLineEndpoints
{
    public const string CorsPolicy = "directline";

    public static IEndpointRouteBuilder MapShopBotDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateToken);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity);
        group.Map("/conversations/{conversationId}/stream", DirectLineWebSocket.HandleAsync);
        return app;
    }

    private static async Task<IResult> GenerateToken(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null) return error;
        if (!caller!.IsSecret) return DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "tokens/generate needs the Direct Line secret, not a token.");
        var body = await ReadOptionalJsonAsync(request, options.Value.MaxActivityBytes, ct).ConfigureAwait(false);
        if (body.Error is not null) return body.Error;
        string? userId = null, userName = null;
        if (body.Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object)
        {
            userId = user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            userName = user.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        }

        var trusted = !string.IsNullOrEmpty(userId);
        if (trusted && !userId!.StartsWith("dl_", StringComparison.Ordinal))
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "A trusted user id must start with 'dl_'.");
        }

        var conversationId = NewConversationId();
        var token = tokens.Issue(conversationId, userId ?? NewAnonymousUserId(), userName, trusted);
        return Results.Ok(new TokenResponse(conversationId, token, (int)tokens.TokenLifetime.TotalSeconds));
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null) return error;
        if (caller!.Token is not { } claims) return DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "tokens/refresh needs a token, not the secret.");
        var token = tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName, claims.Trusted);
        return Results.Ok(new TokenResponse(claims.ConversationId, token, (int)tokens.TokenLifetime.TotalSeconds));
    }

    private static async Task<IResult> StartConversation(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, DirectLineBridge bridge, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null) return error;
        var body = await ReadOptionalJsonAsync(request, options.Value.MaxActivityBytes, ct).ConfigureAwait(false);
        if (body.Error is not null) return body.Error;

        DirectLineClaims claims;
        string token;
        if (caller!.Token is { } bound)
        {
            claims = bound;
            token = request.Headers.Authorization.ToString()[7..].Trim();
        }
        else
        {
            // With the secret each call starts a new conversation; the user may be named in the body (untrusted).
            string? userId = null;
            if (body.Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                userId = id.GetString();
            }

            claims = new DirectLineClaims(NewConversationId(), string.IsNullOrEmpty(userId) ? NewAnonymousUserId() : userId!, null, false, false);
            token = tokens.Issue(claims.ConversationId, claims.UserId, null, false);
        }

        var created = await bridge.StartAsync(claims, ServiceUrl(request), ct).ConfigureAwait(false);
        var response = new ConversationResponse(claims.ConversationId, token, (int)tokens.TokenLifetime.TotalSeconds, StreamUrl(request, tokens, claims, 0));
        return created ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Ok(response);
    }

    private static async Task<IResult> Reconnect(string conversationId, string? watermark, HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, DirectLineBridge bridge, IConversationStore store, CancellationToken ct)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null) return error;
        if (!caller!.MayUse(conversationId)) return DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation.");
        var record = await store.GetAsync(conversationId, ct).ConfigureAwait(false);
        DirectLineClaims claims = caller.Token ?? new DirectLineClaims(conversationId, record?.UserId ?? NewAnonymousUserId(), null, record?.UserId is not null, false);
        if (record is null)
        {
            // A token can name a conversation that was never started (a page reloaded before it connected): start it now.
            if (caller.Token is null) return DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
            await bridge.StartAsync(claims, ServiceUrl(request), ct).ConfigureAwait(false);
        }
        else if (record.Ended)
        {
            return DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended.");
        }

        var token = caller.Token is not null ? request.Headers.Authorization.ToString()[7..].Trim() : tokens.Issue(conversationId, claims.UserId, null, claims.Trusted);
        return Results.Ok(new ConversationResponse(conversationId, token, (int)tokens.TokenLifetime.TotalSeconds, StreamUrl(request, tokens, claims, ParseWatermark(watermark))));
    }

    private static async Task<IResult> GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineAuth auth, IConversationStore store, IOptions<DirectLineOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null) return error;
        if (!caller!.MayUse(conversationId)) return DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation.");
        var after = ParseWatermark(watermark);
        try
        {
            var record = await store.GetAsync(conversationId, ct).ConfigureAwait(false);
            if (record is null) return DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
            var page = await store.ReadAsync(conversationId, after, options.Value.PageSize, ct).ConfigureAwait(false);
            var next = page.Count > 0 ? page[^1].Sequence : after;
            return Results.Json(new ActivitySet(page.Select(a => a.Activity).ToList(), next.ToString(CultureInfo.InvariantCulture)), ActivityJson.Options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // DirectLineJS stops polling for good after any error other than 403/404, so a storage failure answers
            // "nothing new" with the same watermark; the client keeps polling and catches up when storage is back.
            LogReadFailed(loggers.CreateLogger(typeof(DirectLineEndpoints)), ex, conversationId);
            return Results.Json(new ActivitySet([], after.ToString(CultureInfo.InvariantCulture)), ActivityJson.Options);
        }
    }

    private static async Task<IResult> PostActivity(string conversationId, HttpRequest request, DirectLineAuth auth, DirectLineBridge bridge, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (caller, error) = auth.Authenticate(request);
        if (error is not null) return error;
        if (!caller!.MayUse(conversationId)) return DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation.");
        var read = await RequestBody.ReadAsync(request, options.Value.MaxActivityBytes, ct).ConfigureAwait(false);
        if (read.TooLarge) return DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Activities are limited to {options.Value.MaxActivityBytes} bytes.");
        if (!RequestBody.TryParseActivity(read.Bytes, out var activity, out var problem)) return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", problem!);

        var claims = caller.Token ?? new DirectLineClaims(conversationId, activity!.From?.Id is { Length: > 0 } fromId ? fromId : NewAnonymousUserId(), activity.From?.Name, false, false);
        var outcome = await bridge.PostAsync(claims, activity!, ServiceUrl(request), ct).ConfigureAwait(false);
        if (outcome.Missing) return DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");
        if (outcome.IsEnded) return DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended.");
        if (outcome.BotFailed) return DirectLineError.Result(StatusCodes.Status502BadGateway, "BotRejectedActivity", $"The bot failed to process activity {outcome.Id}; it is stored and visible in the conversation.");
        return Results.Ok(new { id = outcome.Id });
    }

    internal static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : 0;

    internal static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string StreamUrl(HttpRequest request, DirectLineTokenService tokens, DirectLineClaims claims, long watermark)
    {
        var scheme = request.Scheme == "https" ? "wss" : "ws";
        var t = Uri.EscapeDataString(tokens.IssueStream(claims));
        var w = watermark > 0 ? watermark.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(claims.ConversationId)}/stream?watermark={w}&t={t}";
    }

    /// <summary>A new random conversation id (24 hex digits).</summary>
    internal static string NewConversationId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    /// <summary>A new random id for a user nobody vouched for: <c>anon_</c> and 16 hex digits.</summary>
    internal static string NewAnonymousUserId() => "anon_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    private static async Task<(JsonElement? Json, IResult? Error)> ReadOptionalJsonAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var read = await RequestBody.ReadAsync(request, limit, ct).ConfigureAwait(false);
        if (read.TooLarge) return (null, DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is limited to {limit} bytes."));
        if (read.Bytes.Length == 0 || read.Bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<JsonElement>(read.Bytes), null);
        }
        catch (JsonException ex)
        {
            return (null, DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not valid JSON: {ex.Message}"));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: reading activities of conversation {ConversationId} failed; answered with no activities")]
    private static partial void LogReadFailed(ILogger logger, Exception ex, string conversationId);

    private sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("conversationId")] string ConversationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record ConversationResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("conversationId")] string ConversationId,
        [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        [property: System.Text.Json.Serialization.JsonPropertyName("streamUrl")] string StreamUrl);

    private sealed record ActivitySet(
        [property: System.Text.Json.Serialization.JsonPropertyName("activities")] List<Activity> Activities,
        [property: System.Text.Json.Serialization.JsonPropertyName("watermark")] string Watermark);
}
