using ShopBot.Skills.Conversation;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills;

/// <summary>Reply helpers shared by skills: render a template, attach suggested actions.</summary>
public static class TurnReplies
{
    /// <summary>
    /// Sends the rendered <paramref name="template"/>; when a template named <paramref name="template"/> + "Suggestions"
    /// exists, its variant (choices separated by '|') becomes the reply's suggested actions.
    /// </summary>
    public static Task<string?> ReplyAsync(this ITurnContext turn, IResponseRenderer responses, string template, object? data = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(responses);
        var reply = new Activity { Type = ActivityTypes.Message, Text = responses.Render(template, data), InputHint = InputHints.AcceptingInput };
        var suggestionsTemplate = template + "Suggestions";
        if (responses.Has(suggestionsTemplate))
        {
            var choices = responses.Render(suggestionsTemplate, data).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (choices.Length > 0) reply.SuggestedActions = new SuggestedActions { Actions = choices.Select(CardAction.ImBack).ToList() };
        }

        return turn.SendAsync(reply, cancellationToken);
    }
}
