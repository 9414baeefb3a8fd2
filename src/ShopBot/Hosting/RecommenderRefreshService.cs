using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Skills.Recommendations;

namespace ShopBot.Hosting;

/// <summary>
/// Keeps the running host's recommender current without a restart: when <c>recommend train</c> (or another host on
/// the same cache folder) writes a model to the cache, the host checks its data at once and swaps in that model; every
/// <see cref="RecommendationOptions.RefreshInterval"/> it also checks whether products or interactions changed and
/// retrains in the background if they did. Requests keep using the previous model until the new one is ready.
/// </summary>
/// <remarks>
/// The recommender is resolved when the service starts (after <see cref="DatabaseInitializer"/>), never in the
/// constructor: hosted services are all constructed before any starts, and constructing the recommender trains it.
/// </remarks>
public sealed partial class RecommenderRefreshService(
    IServiceProvider services,
    RecommenderModelCache cache,
    IOptions<RecommendationOptions> options,
    TimeProvider time,
    ILogger<RecommenderRefreshService> logger) : BackgroundService
{
    private readonly Channel<string> _signals = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recommender = services.GetRequiredService<RecommenderService>();
        using var watcher = Watch();
        var interval = options.Value.RefreshInterval;
        using var timer = interval > TimeSpan.Zero ? new PeriodicTimer(interval, time) : null;
        var tick = timer?.WaitForNextTickAsync(stoppingToken).AsTask();
        while (!stoppingToken.IsCancellationRequested)
        {
            var signal = _signals.Reader.WaitToReadAsync(stoppingToken).AsTask();
            var first = tick is null ? signal : await Task.WhenAny(signal, tick).ConfigureAwait(false);
            await first.ConfigureAwait(false);
            string reason;
            if (first == signal)
            {
                if (!_signals.Reader.TryRead(out var key) || key == recommender.Current.ModelKey) continue;
                reason = "a new model in the cache";
            }
            else
            {
                tick = timer!.WaitForNextTickAsync(stoppingToken).AsTask();
                reason = "the periodic check";
            }
            await RefreshAsync(recommender, reason, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshAsync(RecommenderService recommender, string reason, CancellationToken stoppingToken)
    {
        try
        {
            var before = recommender.Current;
            var after = await recommender.RetrainAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            if (!ReferenceEquals(before, after)) LogRefreshed(reason, after.FactorsFromCache ? "loaded from the cache" : "fitted", after.TrainingTime.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRefreshFailed(ex, reason);
        }
    }

    private FileSystemWatcher? Watch()
    {
        try
        {
            Directory.CreateDirectory(cache.Directory);
            var watcher = new FileSystemWatcher(cache.Directory, RecommenderModelCache.FilePrefix + "*" + RecommenderModelCache.FileExtension);
            watcher.Created += (_, e) => Signal(e.FullPath);
            watcher.Renamed += (_, e) => Signal(e.FullPath);
            watcher.Changed += (_, e) => Signal(e.FullPath);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            LogCannotWatch(ex, cache.Directory);
            return null;
        }
    }

    private void Signal(string path)
    {
        if (RecommenderModelCache.KeyOf(path) is { } key) _signals.Writer.TryWrite(key);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommender refreshed after {Reason}: ALS factors {Factors}, {Milliseconds:0} ms")]
    private partial void LogRefreshed(string reason, string factors, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recommender refresh after {Reason} failed; the previous model stays in use")]
    private partial void LogRefreshFailed(Exception ex, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch the model cache {Directory}; models written by `recommend train` are picked up at the next periodic check")]
    private partial void LogCannotWatch(Exception ex, string directory);
}
