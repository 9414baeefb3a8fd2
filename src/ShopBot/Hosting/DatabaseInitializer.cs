using Microsoft.Extensions.Options;
using ShopBot.Skills.Data.Demo;
using ShopBot.Skills.Data.Sqlite;
using ShopBot.Skills.Data.Sqlite.Charts;
using ShopBot.Skills.Data.Sqlite.Conversations;
using ShopBot.Skills.Data.Sqlite.Handoff;
using ShopBot.Skills.Data.Sqlite.Shop;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Nlu;

namespace ShopBot.Hosting;

/// <summary>
/// Runs before the server listens: applies migrations, seeds the demo shop into an empty database (when
/// <c>DemoData:SeedOnStart</c>), and builds the NLU (training what is not cached), so no request pays for any of it.
/// </summary>
public sealed partial class DatabaseInitializer(SqliteDatabase database, IServiceProvider services, IOptions<DemoDataOptions> demo, TimeProvider time, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await SqliteMigrator.MigrateAsync(database, ConversationMigrations.Module, ConversationMigrations.All, time, cancellationToken).ConfigureAwait(false);
        applied += await ShopMigrations.ApplyAsync(database, time, cancellationToken).ConfigureAwait(false);
        applied += await SqliteMigrator.MigrateAsync(database, HandoffMigrations.Module, HandoffMigrations.All, time, cancellationToken).ConfigureAwait(false);
        applied += await SqliteMigrator.MigrateAsync(database, ChartMigrations.Module, ChartMigrations.All, time, cancellationToken).ConfigureAwait(false);
        LogMigrated(database.Path, applied);
        if (demo.Value.SeedOnStart)
        {
            var seeded = await DemoDataSeeder.SeedIfEmptyAsync(database, demo.Value, time, cancellationToken).ConfigureAwait(false);
            if (seeded.Seeded) LogSeeded(seeded.Products, seeded.Customers, seeded.Orders, seeded.Elapsed.TotalSeconds);
        }

        // Build what a first turn would otherwise build: the NLU (trains when not cached), templates and skills,
        // so a broken dialogs/ file stops the host here with its file and line, not at the first message.
        services.GetRequiredService<IRecognizer>().Recognize("where is my order 100234", "en-us", time.GetUtcNow().UtcDateTime);
        _ = services.GetRequiredService<TurnProcessor>();
        _ = services.GetRequiredService<Agents.AgentDirectory>();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} ready ({Applied} migrations applied)")]
    private partial void LogMigrated(string path, int applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo shop: {Products} products, {Customers} customers, {Orders} orders in {Seconds:0.0} s")]
    private partial void LogSeeded(int products, int customers, int orders, double seconds);
}
