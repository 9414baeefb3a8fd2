using Microsoft.Data.Sqlite;

namespace ShopBot.Skills.Data.Sqlite.Shop;

/// <summary>An INSERT prepared once and executed per row with new parameter values (fast bulk loading).</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.Command($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})", transaction);
        parameters = columns.Select((_, i) => command.Parameters.AddWithValue("$p" + i, DBNull.Value)).ToArray();
        command.Prepare();
    }

    public void Run(params object?[] values)
    {
        if (values.Length != parameters.Length) throw new ArgumentException($"Expected {parameters.Length} values, got {values.Length}.", nameof(values));
        for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
