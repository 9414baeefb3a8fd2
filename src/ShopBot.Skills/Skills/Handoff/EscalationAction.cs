namespace ShopBot.Skills.Skills.Handoff;

/// <summary>What the policy advises for this turn.</summary>
public enum EscalationAction
{
    /// <summary>The bot carries on.</summary>
    None,

    /// <summary>The bot offers a person and carries on; the shopper decides.</summary>
    Offer,

    /// <summary>The conversation goes to a person.</summary>
    Escalate,
}
