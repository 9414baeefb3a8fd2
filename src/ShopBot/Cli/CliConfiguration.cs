using ShopBot.Hosting;

namespace ShopBot.Cli;

/// <summary>
/// The configuration CLI commands share with the host: the same appsettings.json, environment variables and folders
/// (relative folders resolved against the host's content root, see <see cref="ShopBotContentRoot"/>).
/// </summary>
public sealed class CliConfiguration
{
    private CliConfiguration(IConfiguration configuration, string configRoot)
    {
        Configuration = configuration;
        var options = configuration.GetSection(ShopBotOptions.Section).Get<ShopBotOptions>() ?? new ShopBotOptions();
        var contentRoot = ShopBotContentRoot.Locate();
        DataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        DialogsDirectory = Path.GetFullPath(options.DialogsDirectory, configRoot);
        CacheDirectory = string.IsNullOrWhiteSpace(options.CacheDirectory) ? Path.Combine(DataDirectory, "cache") : Path.GetFullPath(options.CacheDirectory, contentRoot);
    }

    public IConfiguration Configuration { get; }

    public string DataDirectory { get; }

    public string DialogsDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "shopbot.db");

    public string CacheDirectory { get; }

    public static CliConfiguration Load()
    {
        var file = ShopBotConfiguration.Locate(ShopBotContentRoot.Locate());
        var builder = new ConfigurationBuilder();
        if (file is not null) builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        builder.AddEnvironmentVariables();
        return new CliConfiguration(builder.Build(), file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(file)!);
    }
}
