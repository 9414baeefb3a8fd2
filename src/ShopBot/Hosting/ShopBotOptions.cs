using System.ComponentModel.DataAnnotations;

namespace ShopBot.Hosting;

/// <summary>Host settings, section <c>ShopBot</c> of appsettings.json.</summary>
public sealed class ShopBotOptions
{
    public const string Section = "ShopBot";

    /// <summary>Folder for the SQLite file and the trained-model cache. Relative paths are resolved against the content root. Default <c>data</c> (git-ignored).</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>Folder of trained models, keyed by a hash of their data and options. Default empty: <c>cache</c> inside <see cref="DataDirectory"/>.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Folder of the conversation designers' assets (intents, responses, knowledge). Relative to the folder holding appsettings.json. Default <c>dialogs</c>.</summary>
    [Required] public string DialogsDirectory { get; set; } = "dialogs";

    /// <summary>The bot's account id on every channel. Default <c>shopbot</c>.</summary>
    [Required] public string BotId { get; set; } = "shopbot";

    /// <summary>The bot's display name. Default <c>ShopBot</c>.</summary>
    [Required] public string BotName { get; set; } = "ShopBot";

    /// <summary>Seed of the response-variant picker; null picks a random seed at start. Default null.</summary>
    public int? ResponseSeed { get; set; }
}
