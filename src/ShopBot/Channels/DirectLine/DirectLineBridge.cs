using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Channels.DirectLine;

/// <summary>
/// Connects Direct Line conversations to the bot in-process: starts conversations (announcing the members so welcome
/// logic runs), stores and echoes the user's activities, runs the turn, and stores and pushes what the bot sends.
/// </summary>
public sealed partial class DirectLineBridge(
    IConversationStore conversations,
    DirectLineStreamHub hub,
    DirectLineOutbox outbox,
    TurnProcessor turns,
    TimeProvider time,
    ILogger<DirectLineBridge> logger)
{
    /// <summary>The channel id ShopBot reports for its Direct Line (as the hosted service does).</summary>
    public const string ChannelId = "directline";

    private ChannelAccount Bot => outbox.Bot;

    /// <summary>
    /// Creates the conversation when it does not exist. A new conversation whose user is known gets a
    /// <c>conversationUpdate</c> (bot and user added) at once. Returns true when it was created.
    /// </summary>
    public async Task<bool> StartAsync(DirectLineClaims claims, string serviceUrl, CancellationToken cancellationToken)
    {
        var created = await conversations.CreateAsync(claims.ConversationId, ChannelId, claims.Trusted ? claims.UserId : null, cancellationToken).ConfigureAwait(false);
        if (created) await AnnounceMembersAsync(claims, serviceUrl, cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>
    /// Accepts an activity from the client: assigns id and timestamp, binds <c>from</c> to the token's user, keeps
    /// <c>channelData</c> untouched, stores it (so the client sees its echo), then runs the bot's turn.
    /// </summary>
    public async Task<PostOutcome> PostAsync(DirectLineClaims caller, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        var conversationId = caller.ConversationId;
        var record = await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (record is null) return PostOutcome.NotFound;
        if (record.Ended) return PostOutcome.Ended;

        // A conversation started without a known user is announced before its first activity (hosted behaviour).
        if (record.LastSequence == 0) await AnnounceMembersAsync(caller, serviceUrl, cancellationToken).ConfigureAwait(false);

        activity.Id = null;
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = new ChannelAccount
        {
            Id = caller.UserId,
            Name = activity.From?.Name ?? caller.UserName,
            Role = RoleTypes.User,
            Properties = activity.From?.Properties,
        };
        activity.Recipient = Bot;

        Activity inbound;
        if (activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.Typing)
        {
            // Never shown to clients: conversationUpdate goes to the bot only; typing is pushed live, not stored.
            inbound = activity;
            inbound.Id = $"{conversationId}|t{time.GetUtcNow().ToUnixTimeMilliseconds()}";
            if (activity.Type == ActivityTypes.Typing) hub.PublishEphemeral(conversationId, inbound);
        }
        else
        {
            var stored = await conversations.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
            hub.NotifyStored(conversationId, stored.Sequence);
            inbound = stored.Activity;
        }

        try
        {
            await turns.ProcessAsync(inbound, Sender(conversationId, inbound.From), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBotFailed(ex, conversationId, inbound.Id);
            return new PostOutcome(inbound.Id, BotFailed: true);
        }

        return new PostOutcome(inbound.Id, BotFailed: false);
    }

    private async Task AnnounceMembersAsync(DirectLineClaims claims, string serviceUrl, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount { Id = claims.UserId, Name = claims.UserName, Role = RoleTypes.User };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{claims.ConversationId}|u{time.GetUtcNow().ToUnixTimeMilliseconds()}",
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = claims.ConversationId },
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
        };
        try
        {
            await turns.ProcessAsync(update, Sender(claims.ConversationId, user), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBotFailed(ex, claims.ConversationId, update.Id);
        }
    }

    private ActivitySender Sender(string conversationId, ChannelAccount? user) => (outgoing, ct) => outbox.SendAsync(conversationId, outgoing, user, ct);

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line conversation {ConversationId}: the bot failed on activity {ActivityId}")]
    private partial void LogBotFailed(Exception ex, string conversationId, string? activityId);

    /// <summary>Result of <see cref="PostAsync"/>.</summary>
    public sealed record PostOutcome(string? Id, bool BotFailed, bool Missing = false, bool IsEnded = false)
    {
        public static PostOutcome NotFound { get; } = new(null, false, Missing: true);

        public static PostOutcome Ended { get; } = new(null, false, IsEnded: true);
    }
}
