using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Dialogs;

/// <summary>
/// One running dialog as persisted in the conversation state: which dialog, what it is waiting for (a slot name or
/// <see cref="ConfirmationStep"/>) and the values gathered so far.
/// </summary>
public sealed class DialogFrame
{
    /// <summary>The <see cref="Awaiting"/> value of a dialog that asked the user to confirm.</summary>
    public const string ConfirmationStep = "confirm";

    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;

    [JsonPropertyName("awaiting")] public string? Awaiting { get; set; }

    [JsonPropertyName("values")] public JsonObject Values { get; set; } = [];

    /// <summary>How many times in a row the awaited answer was not understood.</summary>
    [JsonPropertyName("retries")] public int Retries { get; set; }

    public T? Get<T>(string key) => Values[key] is { } node ? node.Deserialize<T>(ActivityJson.Options) : default;

    public void Set<T>(string key, T value) => Values[key] = JsonSerializer.SerializeToNode(value, ActivityJson.Options);

    public bool Has(string key) => Values[key] is not null;
}
