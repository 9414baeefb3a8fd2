namespace ShopBot.Skills.Data.Conversations;

/// <summary>A conversation as stored: its channel, the user it belongs to (when known) and its last activity sequence number.</summary>
public sealed record ConversationRecord(string Id, string ChannelId, string? UserId, DateTimeOffset CreatedAt, long LastSequence, bool Ended);
