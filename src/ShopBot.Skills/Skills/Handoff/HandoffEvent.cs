namespace ShopBot.Skills.Skills.Handoff;

/// <summary>What can happen to a conversation's ownership.</summary>
public enum HandoffEvent
{
    /// <summary>The policy handed it over: bot -> queued.</summary>
    Escalated,

    /// <summary>An agent accepted it: queued -> agent.</summary>
    Accepted,

    /// <summary>The agent gave it back: agent -> bot (handoff.status completed).</summary>
    Resolved,

    /// <summary>Nobody accepted in time: queued -> bot, with an apology (handoff.status failed).</summary>
    TimedOut,

    /// <summary>The shopper left or said stop while waiting: queued -> bot.</summary>
    Abandoned,
}
