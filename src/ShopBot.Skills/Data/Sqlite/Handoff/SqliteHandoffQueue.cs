using System.Globalization;
using Microsoft.Data.Sqlite;
using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Skills.Data.Sqlite.Handoff;

/// <summary>The handoff queue in SQLite; acceptance is one conditional UPDATE, so only one agent can win.</summary>
public sealed class SqliteHandoffQueue(SqliteDatabase database) : IHandoffQueue
{
    private const string Columns = "conversation_id, channel_id, topic, priority, reason, summary, queued_at, owner, agent_id, accepted_at";

    public async Task EnqueueAsync(HandoffQueueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT OR REPLACE INTO handoff_queue ({Columns}) VALUES ($c, $ch, $t, $p, $r, $s, $q, 'queued', NULL, NULL)";
        command.Parameters.AddWithValue("$c", entry.ConversationId);
        command.Parameters.AddWithValue("$ch", entry.ChannelId);
        command.Parameters.AddWithValue("$t", entry.Topic);
        command.Parameters.AddWithValue("$p", entry.Priority);
        command.Parameters.AddWithValue("$r", entry.Reason.ToString());
        command.Parameters.AddWithValue("$s", entry.Summary);
        command.Parameters.AddWithValue("$q", Format(entry.QueuedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<HandoffQueueEntry>> ListWaitingAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM handoff_queue WHERE owner = 'queued' ORDER BY priority DESC, queued_at, conversation_id", null, cancellationToken);

    public Task<IReadOnlyList<HandoffQueueEntry>> ListWaitingSinceAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM handoff_queue WHERE owner = 'queued' AND queued_at < $b ORDER BY queued_at", c => c.Parameters.AddWithValue("$b", Format(before)), cancellationToken);

    public Task<IReadOnlyList<HandoffQueueEntry>> ListForAgentAsync(string agentId, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM handoff_queue WHERE owner = 'agent' AND agent_id = $a ORDER BY accepted_at", c => c.Parameters.AddWithValue("$a", agentId), cancellationToken);

    public async Task<HandoffQueueEntry?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM handoff_queue WHERE conversation_id = $c", c => c.Parameters.AddWithValue("$c", conversationId), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<int?> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var waiting = await ListWaitingAsync(cancellationToken).ConfigureAwait(false);
        var index = waiting.ToList().FindIndex(e => e.ConversationId == conversationId);
        return index < 0 ? null : index + 1;
    }

    public async Task<bool> TryAcceptAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_queue SET owner = 'agent', agent_id = $a, accepted_at = $at WHERE conversation_id = $c AND owner = 'queued'";
        command.Parameters.AddWithValue("$a", agentId);
        command.Parameters.AddWithValue("$at", Format(at));
        command.Parameters.AddWithValue("$c", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM handoff_queue WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<IReadOnlyList<HandoffQueueEntry>> QueryAsync(string sql, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind?.Invoke(command);
        var list = new List<HandoffQueueEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new HandoffQueueEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                Enum.Parse<EscalationReason>(reader.GetString(4)),
                reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.GetString(7) == "agent" ? Ownership.Agent : Ownership.Queued,
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
