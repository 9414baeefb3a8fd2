using Microsoft.Playwright;

namespace ShopBot.Tests.Support;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>) driven by Playwright. The browser is never downloaded: the executable is
/// <c>SHOPBOT_CHROMIUM</c>, else the first of /usr/bin/chromium and /usr/bin/chromium-browser that exists. The flags
/// keep it off the network (this machine has none beyond loopback).
/// </summary>
public static class Chromium
{
    public static string ExecutablePath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SHOPBOT_CHROMIUM");
            if (!string.IsNullOrEmpty(configured)) return configured;
            var found = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
            return found ?? throw new InvalidOperationException("Chromium not found: install Debian's package (apt-get install -y chromium) or set SHOPBOT_CHROMIUM. .ci/run installs it.");
        }
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>Folder for screenshots: SHOPBOT_ARTIFACTS, else artifacts/ at the repository root (git-ignored).</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SHOPBOT_ARTIFACTS");
            var dir = !string.IsNullOrEmpty(configured) ? configured : Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) return dir.FullName;
        }

        return Directory.GetCurrentDirectory();
    }
}
