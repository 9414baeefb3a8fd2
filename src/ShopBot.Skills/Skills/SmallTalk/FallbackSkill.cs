using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.SmallTalk;

/// <summary>
/// Answers what no skill takes: <c>out_of_scope</c> gets the polite <c>Fallback</c> template; a shop intent whose skill
/// is not installed gets <c>NotAvailableYet</c>; a message without text (e.g. an attachment only) gets <c>NoText</c>.
/// Consecutive fallbacks are counted in the conversation state (escalation reads it).
/// </summary>
public sealed class FallbackSkill(IResponseRenderer responses) : ISkill
{
    /// <summary>State key of the number of fallbacks in a row.</summary>
    public const string FallbackCountKey = "fallbacksInARow";

    public string Name => "fallback";

    public IReadOnlyCollection<string> Intents => [];

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var recognized = turn.Recognized;
        if (recognized is null) return turn.ReplyAsync(responses, "NoText", null, cancellationToken);
        if (recognized.Intent.Name != RecognizerResult.OutOfScope)
        {
            return turn.ReplyAsync(responses, "NotAvailableYet", new { intent = recognized.Intent.Name }, cancellationToken);
        }

        turn.State.Set(FallbackCountKey, turn.State.Get<int>(FallbackCountKey) + 1);
        return turn.ReplyAsync(responses, "Fallback", null, cancellationToken);
    }
}
