namespace ShopBot.Skills.Tests.Entities;

/// <summary>
/// Finds the Recognizers-Text specs: SHOPBOT_SPECS_DIR when set; else ../shared/data/entities/recognizers-specs
/// beside the repository; else the copy in TestData/Entities/recognizers-specs.
/// </summary>
internal static class SpecFolder
{
    public static string Resolve()
    {
        var env = Environment.GetEnvironmentVariable("SHOPBOT_SPECS_DIR");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        if (dir?.Parent is not null)
        {
            var shared = Path.Combine(dir.Parent.FullName, "shared", "data", "entities", "recognizers-specs");
            if (Directory.Exists(shared)) return shared;
        }
        return Path.Combine(AppContext.BaseDirectory, "TestData", "Entities", "recognizers-specs");
    }
}
