using ShopBot.Channels.DirectLine;

namespace ShopBot.Chat;

/// <summary>
/// <c>POST /api/chat/token</c>: the chat page's way to get a Direct Line token without ever seeing the secret. Each
/// call gets a new conversation and an anonymous user id (not trusted). Rate limited per client address.
/// </summary>
public static class ChatTokenEndpoint
{
    public const string RateLimitPolicy = "chat-token";

    public static IEndpointRouteBuilder MapShopBotChatToken(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat/token", (DirectLineTokenService tokens) =>
        {
            var conversationId = DirectLineEndpoints.NewConversationId();
            var userId = DirectLineEndpoints.NewAnonymousUserId();
            var token = tokens.Issue(conversationId, userId, null, trusted: false);
            return Results.Ok(new { conversationId, token, expires_in = (int)tokens.TokenLifetime.TotalSeconds, userId });
        }).RequireRateLimiting(RateLimitPolicy);
        return app;
    }
}
