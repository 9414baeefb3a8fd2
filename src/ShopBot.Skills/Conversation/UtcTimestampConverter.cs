using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopBot.Skills.Conversation;

/// <summary>
/// Writes <c>timestamp</c> as UTC ISO-8601 ending in <c>Z</c>, as the activity schema requires, keeping the fraction
/// digits the value has (<c>2026-11-23T10:15:30.123Z</c>). Reads any ISO-8601 offset.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TryGetDateTimeOffset(out var value)
            ? value
            : DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("A timestamp must be a string."), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
