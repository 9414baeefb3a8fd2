using Microsoft.Extensions.Options;

namespace ShopBot.Hosting;

/// <summary>Absolute folders resolved once from <see cref="ShopBotOptions"/>.</summary>
public sealed class ShopBotPaths
{
    public ShopBotPaths(IOptions<ShopBotOptions> options, IHostEnvironment environment, IConfiguration configuration)
    {
        var o = options.Value;
        var configRoot = configuration[ShopBotConfiguration.RootKey] ?? environment.ContentRootPath;
        DataDirectory = Path.GetFullPath(o.DataDirectory, environment.ContentRootPath);
        DialogsDirectory = Path.GetFullPath(o.DialogsDirectory, configRoot);
        CacheDirectory = string.IsNullOrWhiteSpace(o.CacheDirectory) ? Path.Combine(DataDirectory, "cache") : Path.GetFullPath(o.CacheDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(DataDirectory);
        if (!Directory.Exists(DialogsDirectory))
        {
            throw new OptionsValidationException(nameof(ShopBotOptions.DialogsDirectory), typeof(ShopBotOptions), [$"ShopBot:DialogsDirectory points to '{DialogsDirectory}', which does not exist."]);
        }
    }

    /// <summary>Holds the SQLite file and caches.</summary>
    public string DataDirectory { get; }

    /// <summary>dialogs/: intents, responses, knowledge.</summary>
    public string DialogsDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "shopbot.db");

    /// <summary>Trained models.</summary>
    public string CacheDirectory { get; }
}
