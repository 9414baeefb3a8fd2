namespace ShopBot.Skills.Skills.Handoff;

/// <summary>Who owns a conversation.</summary>
public enum Ownership
{
    /// <summary>The bot answers (the normal state, and the state after a person resolved it).</summary>
    Bot,

    /// <summary>Waiting for an agent; the shopper's messages are kept for the agent, skills stay quiet.</summary>
    Queued,

    /// <summary>An agent has taken it; messages are relayed both ways.</summary>
    Agent,
}
