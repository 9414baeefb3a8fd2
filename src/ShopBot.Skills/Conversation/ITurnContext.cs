using ShopBot.Skills.Nlu;

namespace ShopBot.Skills.Conversation;

/// <summary>Everything one turn sees: the incoming activity, what the NLU understood, the conversation's state, and a way to reply.</summary>
public interface ITurnContext
{
    /// <summary>The activity being processed.</summary>
    Activity Activity { get; }

    /// <summary>The conversation's persisted state, loaded before the turn and saved (with its ETag) after it.</summary>
    ConversationState State { get; }

    /// <summary>Set by the NLU middleware for message activities with text; null otherwise.</summary>
    RecognizerResult? Recognized { get; set; }

    /// <summary>Per-turn scratch values shared between middleware and skills; not persisted.</summary>
    IDictionary<string, object> TurnValues { get; }

    /// <summary>Activities sent during this turn, in order.</summary>
    IReadOnlyList<Activity> Sent { get; }

    /// <summary>Sends an activity to the conversation; fills from/recipient/conversation from the incoming activity when missing. Returns the channel's id for it.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken = default);
}
