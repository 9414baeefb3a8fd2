using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopBot.Skills.Nlu;

namespace ShopBot.Tests.Support;

/// <summary>
/// The real host in memory, on its own temporary data folder (a real SQLite file), with a Direct Line secret and a
/// clock the test controls. <paramref name="realNlu"/> false swaps the NLU for <see cref="KeywordRecognizer"/>.
/// </summary>
public class ShopBotFactory : WebApplicationFactory<Program>
{
    private readonly bool _realNlu;
    private readonly IDictionary<string, string?> _settings;

    public ShopBotFactory()
        : this(false, null)
    {
    }

    internal ShopBotFactory(bool realNlu, IDictionary<string, string?>? settings)
    {
        _realNlu = realNlu;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public const string Secret = "test-directline-secret";

    /// <summary>One model cache for the whole test run (per user), so the NLU trains once, not per host.</summary>
    public static string SharedModelCache { get; } = Path.Combine(Path.GetTempPath(), "shopbot-tests-model-cache");

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "shopbot-tests", Guid.NewGuid().ToString("N"));

    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ShopBot:DataDirectory"] = DataDirectory,
            ["ShopBot:DirectLine:Secrets:0"] = Secret,
            ["ShopBot:ResponseSeed"] = "7",
            ["Logging:LogLevel:Default"] = "Warning",
            ["ShopBot:DemoData:SeedOnStart"] = "false",
            // Trained models are keyed by a hash of data and options, so every test host can share one cache.
            ["ShopBot:CacheDirectory"] = SharedModelCache,
        };
        foreach (var (key, value) in _settings) settings[key] = value; // a test's own settings win
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            if (!_realNlu)
            {
                services.RemoveAll<IRecognizer>();
                services.AddSingleton<IRecognizer, KeywordRecognizer>();
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the temp folder is cleaned by the OS later.
        }
    }
}
