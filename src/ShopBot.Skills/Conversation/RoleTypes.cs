namespace ShopBot.Skills.Conversation;

/// <summary><c>role</c> values of a <see cref="ChannelAccount"/>. Web Chat draws a bubble on the user side iff role is <c>user</c>.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
