using System.Collections.Concurrent;
using System.Threading.Channels;
using ShopBot.Skills.Conversation;

namespace ShopBot.Channels.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation when something new is stored, and carries ephemeral activities
/// (typing) that are never stored. Streams read stored activities from the database themselves, from their own
/// watermark, so a slow stream never holds a growing buffer and nothing is lost when a wake-up is dropped.
/// </summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<Activity?>>> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Registers a stream; dispose the subscription when the socket closes.</summary>
    public Subscription Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<Activity?>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(conversationId, _ => new ConcurrentDictionary<Guid, Channel<Activity?>>())[id] = channel;
        return new Subscription(this, conversationId, id, channel.Reader);
    }

    /// <summary>New activities were stored for the conversation.</summary>
    public void NotifyStored(string conversationId) => Publish(conversationId, null);

    /// <summary>Pushes an activity that is not stored (typing) to the conversation's open streams.</summary>
    public void PublishEphemeral(string conversationId, Activity activity) => Publish(conversationId, activity);

    public int SubscriberCount(string conversationId) => _subscribers.TryGetValue(conversationId, out var s) ? s.Count : 0;

    private void Publish(string conversationId, Activity? item)
    {
        if (!_subscribers.TryGetValue(conversationId, out var subscribers)) return;
        foreach (var channel in subscribers.Values) channel.Writer.TryWrite(item);
    }

    private void Remove(string conversationId, Guid id)
    {
        if (!_subscribers.TryGetValue(conversationId, out var subscribers)) return;
        if (subscribers.TryRemove(id, out var channel)) channel.Writer.TryComplete();
        if (subscribers.IsEmpty) _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Guid, Channel<Activity?>>>(conversationId, subscribers));
    }

    /// <summary>A stream's registration: <see cref="Reader"/> yields null for "new stored activities" or an ephemeral activity.</summary>
    public sealed class Subscription(DirectLineStreamHub hub, string conversationId, Guid id, ChannelReader<Activity?> reader) : IDisposable
    {
        public ChannelReader<Activity?> Reader { get; } = reader;

        public void Dispose() => hub.Remove(conversationId, id);
    }
}
