namespace ShopBot.Skills.Tests.Faq;

/// <summary>The repository's dialogs folders, and throw-away knowledge folders for loader tests.</summary>
internal sealed class FaqFiles : IDisposable
{
    public FaqFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "shopbot-faq-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>A fresh empty folder, deleted on dispose.</summary>
    public string Directory { get; }

    public static string KnowledgeDirectory => Path.Combine(RepositoryRoot(), "dialogs", "knowledge");

    public static string ResponsesDirectory => Path.Combine(RepositoryRoot(), "dialogs", "responses");

    public FaqFiles With(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("ShopBot.sln not found above the test output folder.");
    }
}
