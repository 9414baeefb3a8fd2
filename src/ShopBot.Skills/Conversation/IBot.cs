namespace ShopBot.Skills.Conversation;

/// <summary>The end of the pipeline: decides what to do with a turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
