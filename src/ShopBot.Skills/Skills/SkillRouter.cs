using Microsoft.Extensions.Logging;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Skills.SmallTalk;

namespace ShopBot.Skills.Skills;

/// <summary>
/// The bot at the end of the pipeline: welcomes new members, hands each message to the skill that owns its intent,
/// and to the fallback when no skill does. Other activity types (events, invokes, unknown types) are ignored.
/// </summary>
public sealed partial class SkillRouter : IBot
{
    private readonly Dictionary<string, ISkill> _byIntent = new(StringComparer.Ordinal);
    private readonly WelcomeSkill _welcome;
    private readonly FallbackSkill _fallback;
    private readonly ILogger<SkillRouter> _logger;

    public SkillRouter(IEnumerable<ISkill> skills, WelcomeSkill welcome, FallbackSkill fallback, ILogger<SkillRouter> logger)
    {
        _welcome = welcome;
        _fallback = fallback;
        _logger = logger;
        foreach (var skill in skills)
        {
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
                var intent = turn.Recognized?.Intent.Name ?? RecognizerResult.OutOfScope;
                var skill = _byIntent.GetValueOrDefault(intent) ?? _fallback;
                if (skill != _fallback) turn.State.Remove(FallbackSkill.FallbackCountKey);
                LogRouted(activity.Conversation?.Id, intent, turn.Recognized?.Intent.Confidence ?? 0, skill.Name);
                return skill.HandleAsync(turn, cancellationToken);
            default:
                LogIgnored(activity.Conversation?.Id, activity.Type);
                return Task.CompletedTask;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: intent {Intent} ({Confidence:0.000}) -> skill {Skill}")]
    private partial void LogRouted(string? conversationId, string intent, double confidence, string skill);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation {ConversationId}: ignored activity of type {ActivityType}")]
    private partial void LogIgnored(string? conversationId, string? activityType);
}
