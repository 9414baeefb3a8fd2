namespace ShopBot.Hosting;

/// <summary>
/// The host's content root: the folder holding <c>wwwroot</c>. That is the current folder when it has one, else the
/// executable's folder when published, else the project folder above <c>bin/</c> when run from source. Relative
/// <c>ShopBot:DataDirectory</c> and <c>ShopBot:CacheDirectory</c> are resolved against it, by the host and the CLI alike.
/// </summary>
public static class ShopBotContentRoot
{
    public static string Locate()
    {
        var current = Directory.GetCurrentDirectory();
        if (Directory.Exists(Path.Combine(current, "wwwroot"))) return current;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "wwwroot"))) return dir.FullName;
        }

        return current;
    }
}
