using System.Globalization;
using System.Text.Json.Nodes;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Data.Sqlite.Conversations;

/// <summary>Conversation state in SQLite with ETag concurrency: an update applies only where the stored ETag still matches.</summary>
public sealed class SqliteConversationStateStore(SqliteDatabase database, TimeProvider time) : IConversationStateStore
{
    public async Task<ConversationState> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, json FROM conversation_state WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return new ConversationState(conversationId);
        var values = JsonNode.Parse(reader.GetString(1)) as JsonObject ?? [];
        return new ConversationState(conversationId, values, reader.GetString(0));
    }

    public async Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var newETag = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = state.ETag is null
            ? "INSERT INTO conversation_state (conversation_id, etag, json, updated_at) VALUES ($id, $new, $json, $at) ON CONFLICT(conversation_id) DO NOTHING"
            : "UPDATE conversation_state SET etag = $new, json = $json, updated_at = $at WHERE conversation_id = $id AND etag = $old";
        command.Parameters.AddWithValue("$id", state.ConversationId);
        command.Parameters.AddWithValue("$new", newETag);
        command.Parameters.AddWithValue("$json", state.Values.ToJsonString());
        command.Parameters.AddWithValue("$at", time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        if (state.ETag is not null) command.Parameters.AddWithValue("$old", state.ETag);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new ConcurrencyException($"State of conversation '{state.ConversationId}' was saved by someone else since it was loaded (ETag {state.ETag ?? "none"}).");
        }

        state.ETag = newETag;
    }
}
