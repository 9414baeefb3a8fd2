namespace ShopBot.Skills.Conversation;

/// <summary>Runs middleware in registration order, then the bot.</summary>
public sealed class MiddlewarePipeline
{
    private readonly ITurnMiddleware[] _middleware;
    private readonly IBot _bot;

    public MiddlewarePipeline(IEnumerable<ITurnMiddleware> middleware, IBot bot)
    {
        _middleware = (middleware ?? throw new ArgumentNullException(nameof(middleware))).ToArray();
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
    }

    public Task RunAsync(ITurnContext turn, CancellationToken cancellationToken) => RunFrom(0, turn, cancellationToken);

    private Task RunFrom(int index, ITurnContext turn, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? _bot.OnTurnAsync(turn, cancellationToken)
            : _middleware[index].OnTurnAsync(turn, ct => RunFrom(index + 1, turn, ct), cancellationToken);
}
