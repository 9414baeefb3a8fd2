using Microsoft.Data.Sqlite;

namespace ShopBot.Skills.Data.Sqlite;

/// <summary>
/// Opens connections to one SQLite file with the settings every store relies on: write-ahead logging (readers do not
/// block the writer), foreign keys enforced and a busy timeout so concurrent writers wait instead of failing.
/// </summary>
public sealed class SqliteDatabase
{
    /// <param name="path">The database file; its folder is created when missing.</param>
    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>An open connection with WAL, foreign keys and a 5 s busy timeout.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Synchronous variant of <see cref="OpenAsync"/> for start-up code and tools.</summary>
    public SqliteConnection Open() => OpenAsync().GetAwaiter().GetResult();
}
