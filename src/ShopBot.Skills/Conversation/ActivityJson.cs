using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Skills.Conversation;

/// <summary>The one set of JSON options used for activities on every channel.</summary>
public static class ActivityJson
{
    /// <summary>Protocol casing comes from the attributes; nulls are omitted (bots should not send empty fields).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };

    public static Activity? Parse(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<Activity>(utf8, Options);

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);
}
