namespace ShopBot.Skills.Conversation;

/// <summary>Continues the pipeline with the next middleware (or the bot at its end).</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// One concern of a turn (error boundary, typing, NLU, ownership...). Work before <c>await next()</c> runs on the way
/// in, work after it on the way out; not calling next ends the turn there.
/// </summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken);
}
