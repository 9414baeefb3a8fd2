using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopBot.Skills.Conversation;

/// <summary>
/// A conversation's persisted values (active dialog, slots, verified customer, counters), stored as one JSON object
/// with an ETag for optimistic concurrency, like Bot Framework's storage.
/// </summary>
public sealed class ConversationState
{
    public ConversationState(string conversationId, JsonObject? values = null, string? eTag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ConversationId = conversationId;
        Values = values ?? [];
        ETag = eTag;
    }

    public string ConversationId { get; }

    /// <summary>The stored JSON object.</summary>
    public JsonObject Values { get; }

    /// <summary>The version this state was loaded at; null when it has never been saved.</summary>
    public string? ETag { get; internal set; }

    /// <summary>Reads a value; default when absent.</summary>
    public T? Get<T>(string key)
    {
        var node = Values[key];
        return node is null ? default : node.Deserialize<T>(ActivityJson.Options);
    }

    public void Set<T>(string key, T value) => Values[key] = JsonSerializer.SerializeToNode(value, ActivityJson.Options);

    public bool Remove(string key) => Values.Remove(key);
}
