using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>SQLite implementation of <see cref="IAuditStore"/>.</summary>
public sealed class SqliteAuditStore(SqliteDatabase database) : IAuditStore
{
    private readonly SqliteDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entity, string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        return QueryAsync("entity = $a AND entity_id = $b", entity, entityId, cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return QueryAsync("conversation_id = $a", conversationId, null, cancellationToken);
    }

    private async Task<IReadOnlyList<AuditEntry>> QueryAsync(string where, string a, string? b, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command($"SELECT id, actor, action, entity, entity_id, details, conversation_id, at FROM audit_log WHERE {where} ORDER BY id").With("$a", a);
        if (b is not null) cmd.With("$b", b);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<AuditEntry>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(new AuditEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.NullableString(6), ShopSql.ParseInstant(r.GetString(7))));
        }

        return list;
    }
}
