using System.Collections.Concurrent;
using System.Threading.Channels;
using ShopBot.Skills.Conversation;

namespace ShopBot.Channels.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when something new is stored, and carries ephemeral activities
/// (typing) that are never stored. Streams read stored activities from the database themselves, from their own
/// watermark, so a slow stream never holds a growing buffer and nothing is lost when a wake-up is dropped (the
/// newest wake-up always stays queued and covers everything before it).
/// </summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<StreamSignal>>> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Registers a stream; dispose the subscription when the socket closes.</summary>
    public Subscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<StreamSignal>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(conversationId, _ => new ConcurrentDictionary<Guid, Channel<StreamSignal>>())[id] = channel;
        return new Subscription(this, conversationId, id, channel.Reader);
    }

    /// <summary>Activities up to <paramref name="sequence"/> are stored for the conversation.</summary>
    public void NotifyStored(string conversationId, long sequence) => Publish(conversationId, new StreamSignal(sequence, null));

    /// <summary>Pushes an activity that is not stored (typing) to the conversation's open streams.</summary>
    public void PublishEphemeral(string conversationId, Activity activity) => Publish(conversationId, new StreamSignal(0, activity));

    public int SubscriberCount(string conversationId) => _subscribers.TryGetValue(conversationId, out var s) ? s.Count : 0;

    private void Publish(string conversationId, StreamSignal item)
    {
        if (!_subscribers.TryGetValue(conversationId, out var subscribers)) return;
        foreach (var channel in subscribers.Values) channel.Writer.TryWrite(item);
    }

    private void Remove(string conversationId, Guid id)
    {
        if (!_subscribers.TryGetValue(conversationId, out var subscribers)) return;
        if (subscribers.TryRemove(id, out var channel)) channel.Writer.TryComplete();
        if (subscribers.IsEmpty) _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Guid, Channel<StreamSignal>>>(conversationId, subscribers));
    }

    /// <summary>
    /// A wake-up: either "stored up to <paramref name="UpToSequence"/>" or an <paramref name="Ephemeral"/> activity.
    /// Carrying the sequence lets a stream send stored and ephemeral activities in the order they happened.
    /// </summary>
    public sealed record StreamSignal(long UpToSequence, Activity? Ephemeral);

    /// <summary>A stream's registration.</summary>
    public sealed class Subscription(DirectLineStreamHub hub, string conversationId, Guid id, ChannelReader<StreamSignal> reader) : IDisposable
    {
        public ChannelReader<StreamSignal> Reader { get; } = reader;

        public void Dispose() => hub.Remove(conversationId, id);
    }
}
