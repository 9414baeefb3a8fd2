using ShopBot.Hosting;

namespace ShopBot.Cli;

/// <summary>
/// The configuration CLI commands share with the host: the same appsettings.json, environment variables and folders
/// (resolved against the current directory, which <c>dotnet run --project src/ShopBot</c> sets to the content root).
/// </summary>
public sealed class CliConfiguration
{
    private CliConfiguration(IConfiguration configuration, string configRoot)
    {
        Configuration = configuration;
        var options = configuration.GetSection(ShopBotOptions.Section).Get<ShopBotOptions>() ?? new ShopBotOptions();
        DataDirectory = Path.GetFullPath(options.DataDirectory, Directory.GetCurrentDirectory());
        DialogsDirectory = Path.GetFullPath(options.DialogsDirectory, configRoot);
        CacheDirectory = string.IsNullOrWhiteSpace(options.CacheDirectory) ? Path.Combine(DataDirectory, "cache") : Path.GetFullPath(options.CacheDirectory, Directory.GetCurrentDirectory());
    }

    public IConfiguration Configuration { get; }

    public string DataDirectory { get; }

    public string DialogsDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "shopbot.db");

    public string CacheDirectory { get; }

    public static CliConfiguration Load()
    {
        var file = ShopBotConfiguration.Locate(Directory.GetCurrentDirectory());
        var builder = new ConfigurationBuilder();
        if (file is not null) builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        builder.AddEnvironmentVariables();
        return new CliConfiguration(builder.Build(), file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(file)!);
    }
}
