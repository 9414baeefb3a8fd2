using System.ComponentModel.DataAnnotations;

namespace ShopBot.Channels.DirectLine;

/// <summary>Direct Line server settings, section <c>ShopBot:DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "ShopBot:DirectLine";

    /// <summary>
    /// Secrets that authorise <c>tokens/generate</c> and secret-authenticated calls (your shop's server keeps them; a
    /// browser never should). Empty by default: then only the chat page's own token endpoint issues tokens.
    /// Set with <c>ShopBot__DirectLine__Secrets__0=...</c>.
    /// </summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>
    /// Base64 HMAC key (at least 32 bytes) that signs tokens. Default empty: a key is generated on first start and kept
    /// in the data folder (<c>directline-signing.key</c>), so tokens survive restarts. Instances behind one load
    /// balancer must share it.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Token lifetime in minutes. Must exceed DirectLineJS's fixed 15-minute refresh. Default 60.</summary>
    [Range(16, 24 * 60)] public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Seconds a stream URL stays valid for connecting. Default 60.</summary>
    [Range(5, 3600)] public int StreamUrlLifetimeSeconds { get; set; } = 60;

    /// <summary>Largest activity accepted, in bytes of JSON. Default 262144 (the hosted service's 256K cap).</summary>
    [Range(1024, 16 * 1024 * 1024)] public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Activities per GET page and per WebSocket frame. Default 100.</summary>
    [Range(1, 1000)] public int PageSize { get; set; } = 100;

    /// <summary>Seconds a WebSocket send may take before the socket is closed (a client that never reads). Default 10.</summary>
    [Range(1, 300)] public int SendTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds between keep-alive frames on an idle WebSocket. Default 20.</summary>
    [Range(1, 600)] public int KeepAliveSeconds { get; set; } = 20;
}
