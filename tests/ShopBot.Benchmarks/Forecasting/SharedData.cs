namespace ShopBot.Benchmarks.Forecasting;

/// <summary>Resolves default data paths: ../shared/data relative to the repository root (the folder holding ShopBot.sln).</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        return System.IO.Path.GetFullPath(System.IO.Path.Combine([root, "..", "shared", "data", .. parts]));
    }
}
