using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Skills.Conversation;

/// <summary>A button: <c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>, ...</summary>
public sealed class CardAction
{
    [JsonPropertyName("type")] public string Type { get; set; } = "imBack";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }

    /// <summary>An <c>imBack</c> button that posts its title back as the user's message.</summary>
    public static CardAction ImBack(string title) => new() { Type = "imBack", Title = title, Value = JsonSerializer.SerializeToElement(title) };
}
