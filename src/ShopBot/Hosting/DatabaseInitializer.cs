using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Nlu;

namespace ShopBot.Hosting;

/// <summary>Runs before the server listens: applies migrations and builds the NLU (training what is not cached), so no request pays for either.</summary>
public sealed partial class DatabaseInitializer(SqliteDatabase database, IServiceProvider services, TimeProvider time, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All, time, cancellationToken).ConfigureAwait(false);
        LogMigrated(database.Path, applied);
        _ = services.GetService<IRecognizer>();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} ready ({Applied} migrations applied)")]
    private partial void LogMigrated(string path, int applied);
}
