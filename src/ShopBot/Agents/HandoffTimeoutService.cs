using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Agents;

/// <summary>Every 30 seconds, returns conversations nobody accepted in time to the bot.</summary>
public sealed partial class HandoffTimeoutService(HandoffCoordinator coordinator, ILogger<HandoffTimeoutService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await coordinator.TimeOutWaitingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The handoff timeout sweep failed; it runs again in 30 seconds")]
    private static partial void LogSweepFailed(ILogger logger, Exception ex);
}
