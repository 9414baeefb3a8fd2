using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills;

/// <summary>A capability of the bot, chosen by the router for the intents it declares.</summary>
public interface ISkill
{
    /// <summary>A short name for logs.</summary>
    string Name { get; }

    /// <summary>The canonical intents this skill answers; each intent belongs to at most one skill.</summary>
    IReadOnlyCollection<string> Intents { get; }

    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
