namespace ShopBot.Skills.Skills.Handoff;

/// <summary>Why the bot steps back or offers to.</summary>
public enum EscalationReason
{
    None,

    /// <summary>The shopper asked for a person.</summary>
    AskedForPerson,

    /// <summary>The shopper accepted the bot's offer of a person.</summary>
    AcceptedOffer,

    /// <summary>One very negative message.</summary>
    NegativeSentiment,

    /// <summary>Sentiment falling over several messages.</summary>
    FallingSentiment,

    /// <summary>The bot did not understand several times in a row.</summary>
    RepeatedFallback,

    /// <summary>A skill found the action too risky to do alone (e.g. a large refund).</summary>
    RiskyAction,
}
