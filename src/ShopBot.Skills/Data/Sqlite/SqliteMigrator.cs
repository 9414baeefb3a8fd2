using Microsoft.Data.Sqlite;

namespace ShopBot.Skills.Data.Sqlite;

/// <summary>
/// Applies versioned migrations per module (e.g. <c>conversations</c>, <c>shop</c>) to one SQLite file and records
/// them in <c>schema_migrations(module, version, description, applied_at)</c>. Each step runs in its own transaction
/// with its record, so a failed step leaves the database at the previous version.
/// </summary>
public static class SqliteMigrator
{
    /// <summary>Applies the migrations of <paramref name="module"/> that are not applied yet; returns how many ran.</summary>
    public static async Task<int> MigrateAsync(SqliteDatabase database, string module, IReadOnlyList<Migration> migrations, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        ArgumentNullException.ThrowIfNull(migrations);
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Version != i + 1) throw new ArgumentException($"Migrations of module '{module}' must be numbered 1..n without gaps; found {ordered[i].Version} at position {i + 1}.", nameof(migrations));
        }

        time ??= TimeProvider.System;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                module TEXT NOT NULL,
                version INTEGER NOT NULL,
                description TEXT NOT NULL,
                applied_at TEXT NOT NULL,
                PRIMARY KEY (module, version));
            """, cancellationToken).ConfigureAwait(false);

        var applied = 0;
        foreach (var migration in ordered)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            await using (var check = connection.CreateCommand())
            {
                check.Transaction = tx;
                check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE module = $m AND version = $v";
                check.Parameters.AddWithValue("$m", module);
                check.Parameters.AddWithValue("$v", migration.Version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0) continue;
            }

            await ExecuteAsync(connection, tx, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_migrations (module, version, description, applied_at) VALUES ($m, $v, $d, $t)";
                record.Parameters.AddWithValue("$m", module);
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.Parameters.AddWithValue("$t", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied++;
        }

        return applied;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
