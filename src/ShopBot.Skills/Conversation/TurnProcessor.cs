using Microsoft.Extensions.Logging;

namespace ShopBot.Skills.Conversation;

/// <summary>
/// Runs one incoming activity through the pipeline: takes the conversation's lock (per-conversation ordering), loads
/// its state, runs middleware and bot, saves the state with its ETag. Channel adapters call this with their sender.
/// </summary>
public sealed partial class TurnProcessor
{
    private readonly MiddlewarePipeline _pipeline;
    private readonly IConversationStateStore _states;
    private readonly ConversationLocks _locks;
    private readonly ILogger<TurnProcessor> _logger;

    public TurnProcessor(MiddlewarePipeline pipeline, IConversationStateStore states, ConversationLocks locks, ILogger<TurnProcessor> logger)
    {
        _pipeline = pipeline;
        _states = states;
        _locks = locks;
        _logger = logger;
    }

    /// <summary>Processes <paramref name="activity"/>; returns the turn (with what was sent) once its state is saved.</summary>
    public async Task<ITurnContext> ProcessAsync(Activity activity, ActivitySender sender, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(sender);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId)) throw new ArgumentException("The activity has no conversation.id.", nameof(activity));

        using var held = await _locks.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var state = await _states.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var turn = new TurnContext(activity, state, sender);
        await _pipeline.RunAsync(turn, cancellationToken).ConfigureAwait(false);
        try
        {
            await _states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException ex)
        {
            // Another writer (another instance, or an agent tool) saved first. Its version wins; this turn's replies
            // are already delivered, so only its state changes are dropped, and the log says so.
            LogStateConflict(conversationId, ex.Message);
        }

        return turn;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: state changed concurrently, this turn's state was not saved ({Reason})")]
    private partial void LogStateConflict(string conversationId, string reason);
}
