using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Channels.DirectLine;

/// <summary>
/// The stream: a WebSocket pre-authorised by the <c>t</c> token of its stream URL. It replays stored activities after
/// the URL's watermark, then pushes <c>{activities, watermark}</c> frames as new ones are stored, typing frames
/// without a watermark, and empty keep-alive frames when idle. A client that stops reading is disconnected after the
/// send timeout; it loses nothing, because it reconnects from its watermark.
/// </summary>
public static partial class DirectLineWebSocket
{
    public static async Task HandleAsync(HttpContext context, string conversationId, DirectLineTokenService tokens, IConversationStore store, DirectLineStreamHub hub, IOptions<DirectLineOptions> options, ILoggerFactory loggers)
    {
        var validation = tokens.Validate(context.Request.Query["t"].ToString());
        if (validation.IsExpired)
        {
            await DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL has expired; reconnect to get a new one.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (validation.Claims is not { IsStream: true } claims || claims.ConversationId != conversationId)
        {
            await DirectLineError.Result(StatusCodes.Status403Forbidden, "BadArgument", "The stream URL is not valid for this conversation.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The stream URL must be opened as a WebSocket.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (await store.GetAsync(conversationId, context.RequestAborted).ConfigureAwait(false) is null)
        {
            await DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var o = options.Value;
        var logger = loggers.CreateLogger(typeof(DirectLineWebSocket));
        using var subscription = hub.Subscribe(conversationId);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        var watermark = DirectLineEndpoints.ParseWatermark(context.Request.Query["watermark"]);

        // Sends stored activities after the watermark up to (and including) upTo, page by page; returns the new watermark.
        async Task<long> DrainAsync(long upTo)
        {
            var at = watermark;
            while (at < upTo)
            {
                var page = await store.ReadAsync(conversationId, at, o.PageSize, closed.Token).ConfigureAwait(false);
                var due = page.Where(p => p.Sequence <= upTo).ToList();
                if (due.Count == 0) break;
                at = due[^1].Sequence;
                await SendAsync(socket, new { activities = due.Select(p => p.Activity), watermark = at.ToString(CultureInfo.InvariantCulture) }, o.SendTimeoutSeconds, closed.Token).ConfigureAwait(false);
                if (due.Count < page.Count) break;
            }

            return at;
        }

        try
        {
            // Replay everything stored so far, then follow the wake-ups in order.
            watermark = await DrainAsync(long.MaxValue).ConfigureAwait(false);
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(closed.Token);
                idle.CancelAfter(TimeSpan.FromSeconds(o.KeepAliveSeconds));
                DirectLineStreamHub.StreamSignal signal;
                try
                {
                    signal = await subscription.Reader.ReadAsync(idle.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested)
                {
                    await SendRawAsync(socket, ReadOnlyMemory<byte>.Empty, o.SendTimeoutSeconds, closed.Token).ConfigureAwait(false);
                    continue;
                }

                if (signal.Ephemeral is { } ephemeral)
                {
                    await SendAsync(socket, new { activities = new[] { ephemeral } }, o.SendTimeoutSeconds, closed.Token).ConfigureAwait(false);
                }
                else if (signal.UpToSequence > watermark)
                {
                    watermark = await DrainAsync(signal.UpToSequence).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Client went away or was too slow; the socket is aborted below.
        }
        catch (WebSocketException ex)
        {
            LogSocketError(logger, conversationId, ex.Message);
        }
        catch (Exception ex)
        {
            LogStreamFailed(logger, ex, conversationId);
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
            if (socket.State == WebSocketState.Open)
            {
                try
                {
                    using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", closeTimeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
                {
                    socket.Abort();
                }
            }
            else
            {
                socket.Abort();
            }

            await receiving.ConfigureAwait(false);
        }
    }

    private static async Task SendAsync(WebSocket socket, object frame, int timeoutSeconds, CancellationToken cancellationToken) =>
        await SendRawAsync(socket, JsonSerializer.SerializeToUtf8Bytes(frame, ActivityJson.Options), timeoutSeconds, cancellationToken).ConfigureAwait(false);

    private static async Task SendRawAsync(WebSocket socket, ReadOnlyMemory<byte> bytes, int timeoutSeconds, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Reads and discards client frames (DirectLineJS sends empty pings) until the client closes; then cancels the sender.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open && !closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Closed or aborted: nothing to do but stop.
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line stream of {ConversationId} closed: {Reason}")]
    private static partial void LogSocketError(ILogger logger, string conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line stream of {ConversationId} failed")]
    private static partial void LogStreamFailed(ILogger logger, Exception ex, string conversationId);
}
