namespace ShopBot.Skills.Conversation;

/// <summary>Activity <c>type</c> values of the Bot Framework activity schema.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageReaction = "messageReaction";
    public const string InstallationUpdate = "installationUpdate";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string DeleteUserData = "deleteUserData";
    public const string Suggestion = "suggestion";
    public const string Command = "command";
    public const string CommandResult = "commandResult";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        Message, ConversationUpdate, Typing, Event, Invoke, EndOfConversation, MessageReaction, InstallationUpdate,
        Trace, Handoff, MessageUpdate, MessageDelete, ContactRelationUpdate, DeleteUserData, Suggestion, Command,
        CommandResult,
    };

    /// <summary>True for a type the schema defines; bots ignore other types.</summary>
    public static bool IsKnown(string? type) => type is not null && Known.Contains(type);
}
