using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Skills.Conversation;

/// <summary>
/// A Bot Framework activity with the protocol's field names and casing. Fields ShopBot does not model are kept in
/// <see cref="Properties"/> and written back unchanged; <see cref="ChannelData"/> and <see cref="Value"/> are kept as
/// raw JSON so whatever a channel put there (Web Chat's <c>clientActivityID</c>, Teams' tenant) round-trips untouched.
/// </summary>
public sealed class Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp"), JsonConverter(typeof(UtcTimestampConverter))] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("membersAdded")] public List<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("membersRemoved")] public List<ChannelAccount>? MembersRemoved { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("speak")] public string? Speak { get; set; }
    [JsonPropertyName("inputHint")] public string? InputHint { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("suggestedActions")] public SuggestedActions? SuggestedActions { get; set; }
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }
    [JsonPropertyName("entities")] public List<JsonElement>? Entities { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("valueType")] public string? ValueType { get; set; }
    [JsonPropertyName("relatesTo")] public JsonElement? RelatesTo { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }

    /// <summary>Fields of the activity that have no property above, preserved for round trips.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// Starts a reply: from/recipient swapped, same conversation, channel, service URL and locale, replyToId set.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = RoleTypes.Bot },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, Role = From.Role },
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
        ReplyToId = Id,
        InputHint = InputHints.AcceptingInput,
    };

    /// <summary>A deep copy through the wire format.</summary>
    public Activity Clone() => JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(this, ActivityJson.Options), ActivityJson.Options)!;
}
