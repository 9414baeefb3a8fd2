using Microsoft.Extensions.Options;
using ShopBot.Hosting;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Channels.DirectLine;

/// <summary>
/// Delivers what the bot side sends into a Direct Line conversation: stamps it (bot sender unless an agent's,
/// conversation, channel, time), stores it and wakes the conversation's streams; typing is pushed live and not stored.
/// Used by turns and by proactive sends alike; it does not depend on the turn pipeline.
/// </summary>
public sealed class DirectLineOutbox(IConversationStore conversations, DirectLineStreamHub hub, IOptions<ShopBotOptions> options, TimeProvider time)
{
    /// <summary>The bot's account on this channel.</summary>
    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    public async Task<string?> SendAsync(string conversationId, Activity outgoing, ChannelAccount? user, CancellationToken cancellationToken)
    {
        // Turn replies arrive with the bot as sender; agents' messages keep theirs (role bot, the agent's name).
        outgoing.From ??= Bot;
        outgoing.From.Role = RoleTypes.Bot;
        outgoing.Recipient = user is null ? null : new ChannelAccount { Id = user.Id, Name = user.Name, Role = RoleTypes.User };
        outgoing.Conversation = new ConversationAccount { Id = conversationId };
        outgoing.ChannelId = DirectLineBridge.ChannelId;
        outgoing.Timestamp = time.GetUtcNow();
        if (outgoing.Type == ActivityTypes.Typing)
        {
            outgoing.Id ??= $"{conversationId}|t{time.GetUtcNow().ToUnixTimeMilliseconds()}";
            hub.PublishEphemeral(conversationId, outgoing);
            return outgoing.Id;
        }

        var stored = await conversations.AppendAsync(conversationId, outgoing, cancellationToken).ConfigureAwait(false);
        hub.NotifyStored(conversationId, stored.Sequence);
        return stored.Activity.Id;
    }
}
