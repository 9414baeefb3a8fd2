using ShopBot.Skills.Conversation;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.SmallTalk;

/// <summary>
/// Greetings, goodbyes, thanks and help, and stop/yes/no when no dialog is waiting for them: each intent answered by
/// its template in dialogs/responses/smalltalk.lg.
/// </summary>
public sealed class SmallTalkSkill(IResponseRenderer responses) : ISkill
{
    private static readonly Dictionary<string, string> TemplateByIntent = new(StringComparer.Ordinal)
    {
        ["greet"] = "Greeting",
        ["goodbye"] = "Goodbye",
        ["thank_you"] = "YouAreWelcome",
        ["help"] = "Help",
        ["stop"] = "NothingToStop",
        ["affirm"] = "NoPendingQuestion",
        ["deny"] = "NoPendingQuestion",
    };

    public string Name => "smalltalk";

    public IReadOnlyCollection<string> Intents => TemplateByIntent.Keys;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var intent = turn.Recognized?.Intent.Name ?? throw new InvalidOperationException("SmallTalkSkill needs a recognised intent.");
        return turn.ReplyAsync(responses, TemplateByIntent[intent], null, cancellationToken);
    }
}
