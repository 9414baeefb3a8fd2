using ShopBot.Skills.Conversation;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.SmallTalk;

/// <summary>Greets a user who joins the conversation (template <c>Welcome</c>), once per conversation.</summary>
public sealed class WelcomeSkill(IResponseRenderer responses) : ISkill
{
    private const string WelcomedKey = "welcomed";

    public string Name => "welcome";

    public IReadOnlyCollection<string> Intents => [];

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Get<bool>(WelcomedKey)) return;
        turn.State.Set(WelcomedKey, true);
        await turn.ReplyAsync(responses, "Welcome", null, cancellationToken).ConfigureAwait(false);
    }
}
