using System.Globalization;
using System.Security.Cryptography;
using ShopBot.Skills.Skills.Charts;

namespace ShopBot.Skills.Data.Sqlite.Charts;

/// <summary>
/// Charts in SQLite. Ids are 128 random bits (base64url), so a link cannot be guessed; expired charts are never
/// returned and are deleted when the next chart is saved.
/// </summary>
public sealed class SqliteChartStore(SqliteDatabase database, TimeProvider time) : IChartStore
{
    /// <summary>Largest document stored (bytes of UTF-16 text are not counted; characters are).</summary>
    public const int MaxSvgLength = 1_000_000;

    public async Task<StoredChart> SaveAsync(string name, string svg, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(svg);
        if (svg.Length > MaxSvgLength) throw new ArgumentException($"The chart is {svg.Length} characters; at most {MaxSvgLength} are stored.", nameof(svg));
        if (lifetime <= TimeSpan.Zero) throw new ArgumentException($"The lifetime must be positive, was {lifetime}.", nameof(lifetime));
        var now = time.GetUtcNow();
        var chart = new StoredChart(NewId(), name, svg, now, now + lifetime);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var purge = connection.CreateCommand())
        {
            purge.CommandText = "DELETE FROM charts WHERE expires_at <= $now";
            purge.Parameters.AddWithValue("$now", Text(now));
            await purge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO charts (id, name, svg, created_at, expires_at) VALUES ($id, $name, $svg, $created, $expires)";
        insert.Parameters.AddWithValue("$id", chart.Id);
        insert.Parameters.AddWithValue("$name", chart.Name);
        insert.Parameters.AddWithValue("$svg", chart.Svg);
        insert.Parameters.AddWithValue("$created", Text(chart.CreatedAt));
        insert.Parameters.AddWithValue("$expires", Text(chart.ExpiresAt));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return chart;
    }

    public async Task<StoredChart?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64) return null;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, svg, created_at, expires_at FROM charts WHERE id = $id AND expires_at > $now";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", Text(time.GetUtcNow()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredChart(id, reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2)), Parse(reader.GetString(3)));
    }

    private static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Fixed-width UTC text compares in time order, which the expiry conditions rely on.
    private static string Text(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
