namespace ShopBot.Skills.Skills.Charts;

/// <summary>How charts reach each channel (section <c>ShopBot:Charts</c>).</summary>
public sealed class ChartOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ShopBot:Charts";

    /// <summary>
    /// Channels whose clients show an <c>image/svg+xml</c> attachment inline (Web Chat over Direct Line does). Other
    /// channels (Teams, Slack) get a card with a link to the chart instead. Default directline, webchat, emulator.
    /// </summary>
    public List<string> InlineSvgChannels { get; set; } = ["directline", "webchat", "emulator"];

    /// <summary>
    /// The bot's public base URL (the one Bot Connector and Slack call, e.g. https://bot.example.com), used to build
    /// chart links for channels without inline SVG. Default null: those channels get the text answer without a chart.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a chart link works. Charts can show sales figures, so links are unguessable and expire. Default 7 days.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentException">A base URL that is not absolute http(s), or a lifetime that is not positive.</exception>
    public void Validate()
    {
        if (PublicBaseUrl is not null && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            throw new ArgumentException($"{SectionName}:{nameof(PublicBaseUrl)} must be an absolute http(s) URL, was '{PublicBaseUrl}'.");
        if (LinkLifetime <= TimeSpan.Zero) throw new ArgumentException($"{SectionName}:{nameof(LinkLifetime)} must be positive, was {LinkLifetime}.");
    }
}
