using ShopBot.Skills.Nlu;

namespace ShopBot.Skills.Conversation;

/// <summary>The <see cref="ITurnContext"/> built by <see cref="TurnProcessor"/> for one incoming activity.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly ActivitySender _sender;
    private readonly List<Activity> _sent = [];

    public TurnContext(Activity activity, ConversationState state, ActivitySender sender)
    {
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        State = state ?? throw new ArgumentNullException(nameof(state));
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
    }

    public Activity Activity { get; }

    public ConversationState State { get; }

    public RecognizerResult? Recognized { get; set; }

    public IDictionary<string, object> TurnValues { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public IReadOnlyList<Activity> Sent => _sent;

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var template = Activity.CreateReply();
        activity.Type ??= ActivityTypes.Message;
        activity.From ??= template.From;
        activity.Recipient ??= template.Recipient;
        activity.Conversation ??= template.Conversation;
        activity.ChannelId ??= template.ChannelId;
        activity.ServiceUrl ??= template.ServiceUrl;
        activity.Locale ??= template.Locale;
        if (activity.Type == ActivityTypes.Message) activity.ReplyToId ??= Activity.Id;
        var id = await _sender(activity, cancellationToken).ConfigureAwait(false);
        activity.Id ??= id;
        _sent.Add(activity);
        return id;
    }
}
