using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;

namespace ShopBot.Channels.BotConnector;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities from a connector (Azure Bot Service, the Emulator). 200 when
/// processed (with the replies in the body for <c>deliveryMode: expectReplies</c>), 400 for a body that is not an
/// activity, 413 when too large, 405 for other methods, 501 for an <c>invoke</c> no skill answers.
/// Channel authentication (JWT) comes with the Teams channel.
/// </summary>
public static partial class BotMessagesEndpoint
{
    public static IEndpointRouteBuilder MapShopBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        app.MapMethods("/api/messages", ["GET", "PUT", "DELETE", "PATCH"], () => Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Use POST to send activities to the bot."));
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, TurnProcessor turns, ConnectorReplySender replies, IOptions<BotConnectorOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var limit = options.Value.MaxActivityBytes;
        var read = await RequestBody.ReadAsync(request, limit, ct).ConfigureAwait(false);
        if (read.TooLarge) return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"Activities are limited to {limit} bytes.");
        if (!RequestBody.TryParseActivity(read.Bytes, out var activity, out var problem)) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        if (string.IsNullOrEmpty(activity!.Conversation?.Id)) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity has no conversation.id.");

        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.Ordinal);
        var canPost = !expectReplies && replies.IsAllowed(activity.ServiceUrl);
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));
        if (!expectReplies && !canPost && activity.ServiceUrl is not null) LogServiceUrlRefused(logger, activity.ServiceUrl);

        ActivitySender sender = async (outgoing, token) =>
        {
            if (!canPost) return null;
            return await replies.SendAsync(outgoing, token).ConfigureAwait(false);
        };

        var turn = await turns.ProcessAsync(activity, sender, ct).ConfigureAwait(false);
        if (activity.Type == ActivityTypes.Invoke) return Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: $"No handler for invoke '{activity.Name}'.");
        return expectReplies
            ? Results.Json(new { activities = turn.Sent.Where(a => a.Type != ActivityTypes.Typing) }, ActivityJson.Options)
            : Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies to service URL {ServiceUrl} are not allowed (ShopBot:BotConnector:AllowedServiceUrls); the turn runs without sending")]
    private static partial void LogServiceUrlRefused(ILogger logger, string serviceUrl);
}
