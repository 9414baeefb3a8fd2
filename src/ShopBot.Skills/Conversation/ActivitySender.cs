namespace ShopBot.Skills.Conversation;

/// <summary>How a channel adapter delivers an outgoing activity; returns the id the channel gave it.</summary>
public delegate Task<string?> ActivitySender(Activity activity, CancellationToken cancellationToken);
