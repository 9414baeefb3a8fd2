using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Skills.Skills.Staff;

/// <summary>
/// Decides whether the person in a turn is staff. Only identities the channel vouches for count: a trusted Direct
/// Line user id stored with the conversation (never the <c>from.id</c> a client sends), the Teams AAD object id or
/// the Slack user id (those channels authenticate their requests).
/// </summary>
public sealed class StaffDirectory(IConversationStore conversations, IOptions<StaffOptions> options)
{
    public async Task<bool> IsStaffAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var o = options.Value;
        var activity = turn.Activity;
        switch (activity.ChannelId)
        {
            case "msteams":
                return activity.From?.AadObjectId is { } aad && o.TeamsAadObjectIds.Contains(aad, StringComparer.OrdinalIgnoreCase);
            case "slack":
                return activity.From?.Id is { } slackId && o.SlackUserIds.Contains(slackId, StringComparer.Ordinal);
        }

        if (o.DirectLineUserIds.Count == 0 || activity.Conversation?.Id is not { } conversationId) return false;
        var record = await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return record?.UserId is { } trusted && o.DirectLineUserIds.Contains(trusted, StringComparer.Ordinal);
    }
}
