using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Data.Conversations;

/// <summary>An activity of a conversation's transcript with its sequence number (the Direct Line watermark).</summary>
public sealed record StoredActivity(long Sequence, Activity Activity);
