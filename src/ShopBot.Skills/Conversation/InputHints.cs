namespace ShopBot.Skills.Conversation;

/// <summary>Wire values of <c>inputHint</c>.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
