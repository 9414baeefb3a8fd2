namespace ShopBot.Channels.BotConnector;

/// <summary>Settings of <c>/api/messages</c>, section <c>ShopBot:BotConnector</c>.</summary>
public sealed class BotConnectorOptions
{
    public const string Section = "ShopBot:BotConnector";

    /// <summary>Largest activity accepted, in bytes. Default 262144.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Service URL prefixes the bot may send replies to. Until channel authentication (JWT validation) is configured,
    /// an unauthenticated caller could otherwise make the bot post to any address, so the default allows only the
    /// local machine (the Bot Framework Emulator). Default <c>http://localhost</c>, <c>http://127.0.0.1</c>.
    /// </summary>
    public List<string> AllowedServiceUrls { get; set; } = ["http://localhost", "http://127.0.0.1"];
}
