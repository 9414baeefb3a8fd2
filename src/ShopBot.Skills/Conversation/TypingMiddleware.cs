namespace ShopBot.Skills.Conversation;

/// <summary>Shows the typing indicator while a message is being answered.</summary>
public sealed class TypingMiddleware : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            await turn.SendAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }
}
