using System.Globalization;
using Microsoft.Data.Sqlite;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Conversations;

namespace ShopBot.Skills.Data.Sqlite.Conversations;

/// <summary>Conversations and transcripts in SQLite. Sequence numbers are assigned inside the append transaction.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider time) : IConversationStore
{
    public async Task<bool> CreateAsync(string conversationId, string channelId, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO conversations (id, channel_id, user_id, created_at) VALUES ($id, $channel, $user, $at) ON CONFLICT(id) DO NOTHING";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", (object?)userId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Format(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, channel_id, user_id, created_at, last_seq, ended FROM conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new ConversationRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
            reader.GetInt64(4),
            reader.GetInt64(5) != 0);
    }

    public async Task<StoredActivity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var stored = activity.Clone();
        stored.Timestamp ??= time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long sequence;
        await using (var bump = connection.CreateCommand())
        {
            bump.Transaction = tx;
            bump.CommandText = "UPDATE conversations SET last_seq = last_seq + 1 WHERE id = $id RETURNING last_seq";
            bump.Parameters.AddWithValue("$id", conversationId);
            var result = await bump.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (result is null) throw new KeyNotFoundException($"Conversation '{conversationId}' does not exist.");
            sequence = Convert.ToInt64(result, CultureInfo.InvariantCulture);
        }

        stored.Id ??= $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO activities (conversation_id, seq, activity_id, type, json, created_at) VALUES ($c, $s, $id, $type, $json, $at)";
            insert.Parameters.AddWithValue("$c", conversationId);
            insert.Parameters.AddWithValue("$s", sequence);
            insert.Parameters.AddWithValue("$id", stored.Id);
            insert.Parameters.AddWithValue("$type", stored.Type ?? string.Empty);
            insert.Parameters.AddWithValue("$json", ActivityJson.Serialize(stored));
            insert.Parameters.AddWithValue("$at", Format(time.GetUtcNow()));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredActivity(sequence, stored);
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, json FROM activities WHERE conversation_id = $c AND seq > $after ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<StoredActivity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var activity = ActivityJson.Parse(System.Text.Encoding.UTF8.GetBytes(reader.GetString(1)))
                ?? throw new InvalidDataException($"Stored activity {reader.GetInt64(0)} of conversation '{conversationId}' is empty.");
            list.Add(new StoredActivity(reader.GetInt64(0), activity));
        }

        return list;
    }

    public async Task EndAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE conversations SET ended = 1 WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
