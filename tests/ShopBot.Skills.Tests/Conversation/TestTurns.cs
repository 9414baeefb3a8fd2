using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Tests.Conversation;

/// <summary>Builds turns for pipeline tests; the sender records what was sent.</summary>
internal static class TestTurns
{
    public static (TurnContext Turn, List<Activity> Sent) Message(string text, string conversationId = "c1")
    {
        var sent = new List<Activity>();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "in-1",
            Text = text,
            From = new ChannelAccount { Id = "u1", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = conversationId },
            ChannelId = "test",
        };
        var turn = new TurnContext(activity, new ConversationState(conversationId), (a, _) =>
        {
            sent.Add(a);
            return Task.FromResult<string?>($"out-{sent.Count}");
        });
        return (turn, sent);
    }
}
