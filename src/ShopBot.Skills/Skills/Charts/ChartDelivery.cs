using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.Charts;

/// <summary>
/// Turns an SVG chart into what the turn's channel can show: the SVG inline (Web Chat), or, for channels that cannot
/// render SVG (Teams, Slack), a hero card whose button opens the stored chart at
/// <c>{PublicBaseUrl}/charts/{id}.svg</c>. Without a public base URL those channels get no chart (the answer's text
/// carries the numbers).
/// </summary>
public sealed class ChartDelivery(IChartStore store, IResponseRenderer responses, IOptions<ChartOptions> options)
{
    /// <summary>Content type of the link card.</summary>
    public const string HeroCard = AttachmentContentTypes.HeroCard;

    /// <summary>The path of a stored chart, relative to the public base URL.</summary>
    public static string PathOf(string id) => "/charts/" + id + ".svg";

    /// <summary>True when the channel of <paramref name="activity"/> shows SVG images inline (no channel: an in-process caller, inline).</summary>
    public bool ShowsSvgInline(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId is null || options.Value.InlineSvgChannels.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The attachments that show <paramref name="svg"/> on the turn's channel (none when it cannot be shown).</summary>
    /// <exception cref="ArgumentException">An empty or oversized chart.</exception>
    public async Task<IList<Attachment>> AttachmentsAsync(ITurnContext turn, string svg, string name, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (ShowsSvgInline(turn.Activity)) return [SvgAttachment.Create(svg, name)];
        SvgAttachment.Checked(svg, name); // the same limits on every channel
        var o = options.Value;
        if (o.PublicBaseUrl is null) return [];
        var chart = await store.SaveAsync(name, svg, o.LinkLifetime, cancellationToken).ConfigureAwait(false);
        var url = o.PublicBaseUrl.TrimEnd('/') + PathOf(chart.Id);
        var data = new { title, expires = chart.ExpiresAt.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture) };
        var content = new
        {
            title,
            text = responses.Render("ChartLinkText", data),
            buttons = new[] { new { type = "openUrl", title = responses.Render("ChartLinkButton", data), value = url } },
        };
        return [new Attachment { ContentType = HeroCard, Content = JsonSerializer.SerializeToElement(content) }];
    }
}
