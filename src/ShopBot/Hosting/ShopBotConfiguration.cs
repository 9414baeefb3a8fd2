using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ShopBot.Hosting;

/// <summary>
/// The host reads one configuration file: appsettings.json at the repository root (or beside the executable when
/// published). Environment variables (<c>ShopBot__DataDirectory</c>) and command-line arguments override it.
/// </summary>
public static class ShopBotConfiguration
{
    /// <summary>Configuration key holding the folder of the appsettings.json that was loaded.</summary>
    public const string RootKey = "ShopBot:ConfigurationRoot";

    /// <summary>Environment variable naming an appsettings.json to use instead of searching for it.</summary>
    public const string FileVariable = "SHOPBOT_CONFIG";

    public static WebApplicationBuilder AddShopBotConfiguration(this WebApplicationBuilder builder)
    {
        var file = Locate(builder.Environment.ContentRootPath)
            ?? throw new FileNotFoundException($"appsettings.json not found above '{builder.Environment.ContentRootPath}' or beside the executable; set {FileVariable} to its path.");
        var folder = Path.GetDirectoryName(file)!;
        var sources = builder.Configuration.Sources;

        // The framework's own appsettings sources look in the content root (src/ShopBot), which has none; the root
        // file goes just before the environment variables so that they, and the command line, override it.
        var jsonSources = sources.OfType<JsonConfigurationSource>().Where(s => s.Path?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true).ToList();
        foreach (var s in jsonSources) sources.Remove(s);
        var at = sources.Select((s, i) => (s, i)).FirstOrDefault(x => x.s is EnvironmentVariablesConfigurationSource { Prefix: null or "" }).i;
        if (at <= 0) at = sources.Count;
        sources.Insert(at, new JsonConfigurationSource { Path = Path.GetFileName(file), FileProvider = new PhysicalFileProvider(folder), Optional = false, ReloadOnChange = false });
        sources.Insert(at, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = [new(RootKey, folder)] });
        return builder;
    }

    /// <summary>SHOPBOT_CONFIG, else the nearest appsettings.json from the content root upwards, else beside the executable.</summary>
    public static string? Locate(string contentRoot)
    {
        var explicitFile = Environment.GetEnvironmentVariable(FileVariable);
        if (!string.IsNullOrEmpty(explicitFile)) return File.Exists(explicitFile) ? Path.GetFullPath(explicitFile) : null;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.json");
            if (File.Exists(candidate)) return candidate;
        }

        var besideExe = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        return File.Exists(besideExe) ? besideExe : null;
    }
}
