namespace ShopBot.Channels.DirectLine;

/// <summary>What a validated Direct Line token says.</summary>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="UserId">The user id (Web Chat reads it from the <c>user</c> claim).</param>
/// <param name="UserName">Optional display name.</param>
/// <param name="Trusted">True when the shop's server vouched for the user (tokens/generate with the secret and a user id).</param>
/// <param name="IsStream">True for a stream-URL token, valid only for connecting the WebSocket.</param>
public sealed record DirectLineClaims(string ConversationId, string UserId, string? UserName, bool Trusted, bool IsStream);
