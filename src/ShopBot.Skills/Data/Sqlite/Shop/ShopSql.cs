using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>Conversions between shop records and their SQLite text/integer columns.</summary>
internal static class ShopSql
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static object InstantOrNull(DateTimeOffset? value) => value is { } v ? Instant(v) : DBNull.Value;

    public static string Day(DateOnly value) => value.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static object DayOrNull(DateOnly? value) => value is { } v ? Day(v) : DBNull.Value;

    public static DateTimeOffset ParseInstant(string text) =>
        new(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    /// <summary><c>OutForDelivery</c> -> <c>out_for_delivery</c>.</summary>
    public static string EnumText<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public static T ParseEnum<T>(string text) where T : struct, Enum =>
        Enum.Parse<T>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? NullableInstant(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ParseInstant(reader.GetString(ordinal));

    public static DateOnly? NullableDay(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ParseDay(reader.GetString(ordinal));

    public static string AttributesJson(IReadOnlyDictionary<string, string> attributes) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(attributes.ToDictionary(), StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, string> ParseAttributes(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    /// <summary>Upper case without spaces: <c>sw1a 1aa</c> and <c>SW1A1AA</c> both become <c>SW1A1AA</c>.</summary>
    public static string PostcodeKey(string postcode) =>
        string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
