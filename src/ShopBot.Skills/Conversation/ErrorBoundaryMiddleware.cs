using Microsoft.Extensions.Logging;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Conversation;

/// <summary>
/// The one error boundary of a turn: logs the failure with its context, apologises to the user with the
/// <c>ErrorApology</c> template and clears the active dialog so the conversation cannot loop on the same error.
/// </summary>
public sealed partial class ErrorBoundaryMiddleware(IResponseRenderer responses, ILogger<ErrorBoundaryMiddleware> logger) : ITurnMiddleware
{
    /// <summary>State keys removed after a failure.</summary>
    public static readonly IReadOnlyList<string> ResetKeys = ["dialog"];

    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogTurnFailed(ex, turn.Activity.Conversation?.Id, turn.Activity.Type, turn.Activity.Id);
            foreach (var key in ResetKeys) turn.State.Remove(key);
            if (turn.Activity.Type != ActivityTypes.Message) return;
            try
            {
                await turn.SendAsync(new Activity { Text = responses.Render("ErrorApology") }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception sendFailure)
            {
                LogApologyFailed(sendFailure, turn.Activity.Conversation?.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} (activity type {ActivityType}, id {ActivityId})")]
    private partial void LogTurnFailed(Exception ex, string? conversationId, string? activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the apology in conversation {ConversationId}")]
    private partial void LogApologyFailed(Exception ex, string? conversationId);
}
