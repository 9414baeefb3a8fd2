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
        return turn.SendAsync(Compose(responses, template, data), cancellationToken);
    }

    /// <summary>The message for <paramref name="template"/>: its text and, when defined, its suggested actions (see <see cref="ReplyAsync"/>).</summary>
    public static Activity Compose(IResponseRenderer responses, string template, object? data = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var reply = new Activity { Type = ActivityTypes.Message, Text = responses.Render(template, data), InputHint = InputHints.AcceptingInput };

        // "XAgain" (a question asked again) offers the buttons of "X" unless it has its own.
        var suggestionsTemplate = template + "Suggestions";
        if (!responses.Has(suggestionsTemplate) && template.EndsWith("Again", StringComparison.Ordinal)) suggestionsTemplate = template[..^5] + "Suggestions";
        if (responses.Has(suggestionsTemplate))
        {
            var choices = responses.Render(suggestionsTemplate, data).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (choices.Length > 0) reply.SuggestedActions = new SuggestedActions { Actions = choices.Select(CardAction.ImBack).ToList() };
        }

        return reply;
    }

    /// <summary>Sends the rendered template with <paramref name="choices"/> (data, e.g. an order's items) as suggested actions.</summary>
    public static Task<string?> ReplyWithChoicesAsync(this ITurnContext turn, IResponseRenderer responses, string template, object? data, IEnumerable<string> choices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(responses);
        var reply = new Activity { Type = ActivityTypes.Message, Text = responses.Render(template, data), InputHint = InputHints.ExpectingInput };
        var actions = choices.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).Select(CardAction.ImBack).ToList();
        if (actions.Count > 0) reply.SuggestedActions = new SuggestedActions { Actions = actions };
        return turn.SendAsync(reply, cancellationToken);
    }
}
