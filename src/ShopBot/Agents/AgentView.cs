using ShopBot.Skills.Conversation;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Agents;

/// <summary>What the console receives: plain data; the page puts every text in the DOM as text, never as HTML.</summary>
public static class AgentView
{
    public sealed record TranscriptLine(string? Id, string Who, string? Name, string Text, DateTimeOffset? At, string? Intent, double? Sentiment, double? Upset = null);

    public static TranscriptLine Line(Activity activity, TurnAnnotation? annotation) => new(
        activity.Id,
        activity.From?.Role == RoleTypes.User ? "shopper" : activity.From?.Id?.StartsWith("agent:", StringComparison.Ordinal) == true ? "agent" : "bot",
        activity.From?.Name,
        activity.Text ?? string.Empty,
        activity.Timestamp,
        annotation?.Intent,
        annotation?.Sentiment,
        annotation?.Upset);
}
