namespace ShopBot.Channels.DirectLine;

/// <summary>Who made a Direct Line call: the holder of a secret, or of a token for one conversation.</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineClaims? Token)
{
    /// <summary>True when this caller may act on <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) => IsSecret || (Token is { IsStream: false } t && t.ConversationId == conversationId);
}
