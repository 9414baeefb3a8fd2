namespace ShopBot.Skills.Conversation;

/// <summary>Attachment <c>contentType</c> values the skills send.</summary>
public static class AttachmentContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string Svg = "image/svg+xml";
}
