using Microsoft.Extensions.Logging;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Dialogs;
using ShopBot.Skills.Skills.SmallTalk;

namespace ShopBot.Skills.Skills;

/// <summary>
/// The bot at the end of the pipeline. It welcomes new members; for a message it first asks the running dialog, if
/// any, whether the message answers it; <c>stop</c> cancels the dialog; any other recognised intent interrupts it (the
/// question is answered, then the dialog asks again); otherwise the skill that owns the intent runs, or the fallback.
/// Other activity types (events, invokes, unknown types) are ignored.
/// </summary>
public sealed partial class SkillRouter : IBot
{
    /// <summary>Intents that only make sense as answers to a question the bot asked.</summary>
    private static readonly HashSet<string> AnswerIntents = new(StringComparer.Ordinal) { "affirm", "deny", RecognizerResult.OutOfScope };

    private readonly Dictionary<string, ISkill> _byIntent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDialog> _dialogs = new(StringComparer.Ordinal);
    private readonly WelcomeSkill _welcome;
    private readonly FallbackSkill _fallback;
    private readonly IResponseRenderer _responses;
    private readonly ILogger<SkillRouter> _logger;

    public SkillRouter(IEnumerable<ISkill> skills, WelcomeSkill welcome, FallbackSkill fallback, IResponseRenderer responses, ILogger<SkillRouter> logger)
    {
        _welcome = welcome;
        _fallback = fallback;
        _responses = responses;
        _logger = logger;
        foreach (var skill in skills)
        {
            if (skill is IDialog dialog && !_dialogs.TryAdd(dialog.Name, dialog)) throw new InvalidOperationException($"Two dialogs are named '{dialog.Name}'.");
            foreach (var intent in skill.Intents)
            {
                if (_byIntent.TryGetValue(intent, out var other))
                {
                    throw new InvalidOperationException($"Intent '{intent}' is claimed by both skill '{other.Name}' and skill '{skill.Name}'.");
                }

                _byIntent[intent] = skill;
            }
        }
    }

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
                var joined = activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) ?? false;
                return joined ? _welcome.HandleAsync(turn, cancellationToken) : Task.CompletedTask;
            case ActivityTypes.Message:
                return OnMessageAsync(turn, cancellationToken);
            default:
                LogIgnored(activity.Conversation?.Id, activity.Type);
                return Task.CompletedTask;
        }
    }

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var intent = turn.Recognized?.Intent.Name ?? RecognizerResult.OutOfScope;
        var stack = new DialogStack(turn.State);
        var active = stack.Active;
        if (active is not null && !_dialogs.ContainsKey(active.Name))
        {
            // A dialog that no longer exists (renamed or removed since this conversation started).
            stack.Clear();
            active = null;
        }

        if (active is null)
        {
            await RouteAsync(turn, intent, stack, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dialog = _dialogs[active.Name];
        if (dialog.IsAnswer(turn, active))
        {
            LogDialog(turn.Activity.Conversation?.Id, active.Name, "continues", intent);
            await ContinueAsync(turn, dialog, active, stack, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (intent == "stop")
        {
            LogDialog(turn.Activity.Conversation?.Id, active.Name, "cancelled", intent);
            stack.Clear();
            await turn.ReplyAsync(_responses, "DialogCancelled", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (AnswerIntents.Contains(intent) || !_byIntent.ContainsKey(intent))
        {
            // Not a new question: let the dialog deal with an answer it does not understand (it asks again).
            await ContinueAsync(turn, dialog, active, stack, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_byIntent[intent] == dialog)
        {
            // The same request again ("cancel order 100235" while cancelling another): start over with it.
            LogDialog(turn.Activity.Conversation?.Id, active.Name, "restarted", intent);
            stack.Pop();
            await RouteAsync(turn, intent, stack, cancellationToken).ConfigureAwait(false);
            return;
        }

        // An interruption: answer it, then return to the dialog if it is still the one waiting.
        LogDialog(turn.Activity.Conversation?.Id, active.Name, "interrupted", intent);
        var depth = stack.Depth;
        await RouteAsync(turn, intent, stack, cancellationToken).ConfigureAwait(false);
        if (stack.Depth == depth && stack.Active is { } waiting && waiting.Name == active.Name)
        {
            await dialog.ResumeAsync(turn, waiting, cancellationToken).ConfigureAwait(false);
            stack.Update(waiting);
        }
    }

    private async Task RouteAsync(ITurnContext turn, string intent, DialogStack stack, CancellationToken cancellationToken)
    {
        var skill = _byIntent.GetValueOrDefault(intent) ?? _fallback;
        if (skill != _fallback) turn.State.Remove(FallbackSkill.FallbackCountKey);
        LogRouted(turn.Activity.Conversation?.Id, intent, turn.Recognized?.Intent.Confidence ?? 0, skill.Name);
        if (skill is not IDialog dialog)
        {
            await skill.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var frame = new DialogFrame { Name = dialog.Name };
        stack.Push(frame);
        var status = await dialog.BeginAsync(turn, frame, cancellationToken).ConfigureAwait(false);
        await FinishStepAsync(turn, frame, status, stack, cancellationToken).ConfigureAwait(false);
    }

    private async Task ContinueAsync(ITurnContext turn, IDialog dialog, DialogFrame frame, DialogStack stack, CancellationToken cancellationToken)
    {
        var status = await dialog.ContinueAsync(turn, frame, cancellationToken).ConfigureAwait(false);
        await FinishStepAsync(turn, frame, status, stack, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishStepAsync(ITurnContext turn, DialogFrame frame, DialogStatus status, DialogStack stack, CancellationToken cancellationToken)
    {
        if (status == DialogStatus.Waiting)
        {
            stack.Update(frame);
            return;
        }

        // Done: the dialog below, if one was interrupted by this one, asks again.
        if (stack.Pop() is { } below && _dialogs.TryGetValue(below.Name, out var outer))
        {
            await outer.ResumeAsync(turn, below, cancellationToken).ConfigureAwait(false);
            stack.Update(below);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: intent {Intent} ({Confidence:0.000}) -> skill {Skill}")]
    private partial void LogRouted(string? conversationId, string intent, double confidence, string skill);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: dialog {Dialog} {What} (intent {Intent})")]
    private partial void LogDialog(string? conversationId, string dialog, string what, string intent);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation {ConversationId}: ignored activity of type {ActivityType}")]
    private partial void LogIgnored(string? conversationId, string? activityType);
}
