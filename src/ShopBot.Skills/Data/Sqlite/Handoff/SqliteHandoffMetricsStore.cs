using System.Globalization;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Skills.Data.Sqlite.Handoff;

/// <summary>Handoff metrics in SQLite, one row per handed-over conversation (the latest handover).</summary>
public sealed class SqliteHandoffMetricsStore(SqliteDatabase database) : IHandoffMetricsStore
{
    public Task QueuedAsync(string conversationId, EscalationReason reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT OR REPLACE INTO handoff_metrics (conversation_id, reason, queued_at) VALUES ($c, $v1, $v2)", conversationId, reason.ToString(), Format(at), cancellationToken);

    public Task AcceptedAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE handoff_metrics SET agent_id = $v1, accepted_at = $v2 WHERE conversation_id = $c", conversationId, agentId, Format(at), cancellationToken);

    public Task EndedAsync(string conversationId, string outcome, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE handoff_metrics SET outcome = $v1, ended_at = $v2 WHERE conversation_id = $c", conversationId, outcome, Format(at), cancellationToken);

    public async Task RatedAsync(string conversationId, int rating, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_metrics SET rating = $r WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$r", rating);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<HandoffMetrics?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason, queued_at, accepted_at, agent_id, ended_at, outcome, rating FROM handoff_metrics WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        DateTimeOffset? Time(int i) => reader.IsDBNull(i) ? null : DateTimeOffset.Parse(reader.GetString(i), CultureInfo.InvariantCulture);
        return new HandoffMetrics(conversationId, Enum.Parse<EscalationReason>(reader.GetString(0)), Time(1)!.Value, Time(2), reader.IsDBNull(3) ? null : reader.GetString(3), Time(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6));
    }

    private async Task ExecuteAsync(string sql, string conversationId, string v1, string v2, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$v1", v1);
        command.Parameters.AddWithValue("$v2", v2);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
