using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ShopBot.Skills.Learning.Recommenders;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>
/// The trained implicit-ALS factors (the part of the recommender that takes seconds to fit) on disk, one file per
/// training-data fingerprint and ALS options: <c>recommender-&lt;key&gt;.als</c> in the cache folder. The host and
/// <c>recommend train</c> share it, so a model trained by the CLI is loaded by a running host instead of refitted.
/// Files are written atomically (<see cref="Data.AtomicFile"/>), so a reader never sees half a model.
/// </summary>
public sealed partial class RecommenderModelCache
{
    /// <summary>File name prefix of cached models.</summary>
    public const string FilePrefix = "recommender-";

    /// <summary>File name extension of cached models.</summary>
    public const string FileExtension = ".als";

    /// <summary>Cached models kept; older ones are deleted after a save.</summary>
    public const int Keep = 3;

    private readonly ILogger _logger;

    /// <summary>A cache in <paramref name="directory"/> (created on first save).</summary>
    public RecommenderModelCache(string directory, ILogger<RecommenderModelCache> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>
    /// The key of a model trained on data with <paramref name="fingerprint"/> under <paramref name="options"/> by this
    /// build of ShopBot (<see cref="Data.ModelCacheFiles.CodeIdentity"/>): 24 hex digits.
    /// </summary>
    public static string Key(string fingerprint, ImplicitAlsOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        ArgumentNullException.ThrowIfNull(options);
        var text = $"{Data.ModelCacheFiles.CodeIdentity}|{fingerprint}|{JsonSerializer.Serialize(options)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
    }

    /// <summary>The file of <paramref name="key"/>.</summary>
    public string PathOf(string key) => Path.Combine(Directory, FilePrefix + key + FileExtension);

    /// <summary>The key in a cache file's name, or null when the name is not a cache file's.</summary>
    public static string? KeyOf(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.StartsWith(FilePrefix, StringComparison.Ordinal) && name.EndsWith(FileExtension, StringComparison.Ordinal)
            ? name[FilePrefix.Length..^FileExtension.Length]
            : null;
    }

    /// <summary>The model stored under <paramref name="key"/>, or null when there is none or it cannot be read (logged).</summary>
    public ImplicitAlsModel? TryLoad(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var model = ImplicitAlsModel.Load(stream);
            LogLoaded(path);
            return model;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            LogUnreadable(path, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Stores <paramref name="model"/> under <paramref name="key"/> and deletes all but the <see cref="Keep"/> newest
    /// cached models. A cache that cannot be written is logged, not thrown: the model still serves from memory.
    /// </summary>
    public void Save(string key, ImplicitAlsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var path = PathOf(key);
        if (!Data.ModelCacheFiles.TryStore(path, model.Save, FilePrefix + "*" + FileExtension, Keep, out var reason))
            LogNotWritten(path, reason!);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recommender factors loaded from cache {Path}")]
    private partial void LogLoaded(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recommender cache {Path} is unreadable ({Reason}); training instead")]
    private partial void LogUnreadable(string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recommender cache {Path} could not be written ({Reason}); the model is kept in memory only")]
    private partial void LogNotWritten(string path, string reason);
}
