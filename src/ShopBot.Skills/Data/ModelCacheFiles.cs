namespace ShopBot.Skills.Data;

/// <summary>
/// What the trained-model caches (NLU, recommender) share: the identity of the code that trains and reads the models,
/// part of every cache key, and the pruning of files no key points at any more.
/// </summary>
internal static class ModelCacheFiles
{
    /// <summary>
    /// The module version id of this assembly. The compiler derives it from the source and references (builds are
    /// deterministic), so any change to the code that trains or reads a model changes the cache keys, and a cache left
    /// by another build of ShopBot is never read as if it were this one's. Data and options are hashed beside it.
    /// </summary>
    public static string CodeIdentity { get; } = typeof(ModelCacheFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Writes a model to <paramref name="path"/> atomically (its folder created) and prunes its kind to the
    /// <paramref name="keep"/> newest files matching <paramref name="pattern"/>. A cache that cannot be written returns
    /// false with the reason, for the caller to log: the model it holds still serves from memory.
    /// </summary>
    public static bool TryStore(string path, Action<Stream> write, string pattern, int keep, out string? reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            Directory.CreateDirectory(directory);
            AtomicFile.Write(path, write);
            Prune(directory, pattern, keep);
            reason = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Deletes all but the <paramref name="keep"/> most recently written files of <paramref name="directory"/> that
    /// match <paramref name="pattern"/>. A file that cannot be deleted (another process holds it, no permission) stays;
    /// a process that was about to read a deleted file finds it missing and trains instead.
    /// </summary>
    public static void Prune(string directory, string pattern, int keep)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        if (!Directory.Exists(directory)) return;
        foreach (var file in new DirectoryInfo(directory).GetFiles(pattern).OrderByDescending(f => f.LastWriteTimeUtc).Skip(keep))
        {
            try { file.Delete(); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
