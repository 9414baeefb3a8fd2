using System.Text;
using ShopBot.Skills.Skills.Charts;

namespace ShopBot.Charts;

/// <summary>
/// <c>GET /charts/{id}.svg</c>: a chart sent as a link to a channel that cannot show SVG inline (Teams, Slack). The id
/// is 128 random bits; an unknown or expired id is 404. The document is served with a content security policy that
/// forbids scripts and outside resources, and is never cached by shared caches (staff charts carry sales figures).
/// </summary>
public static class ChartEndpoint
{
    public static IEndpointRouteBuilder MapShopBotCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/{file}", async (string file, HttpContext http, IChartStore charts, CancellationToken ct) =>
        {
            if (!file.EndsWith(".svg", StringComparison.Ordinal)) return Results.NotFound();
            var chart = await charts.GetAsync(file[..^4], ct).ConfigureAwait(false);
            if (chart is null) return Results.NotFound();
            var headers = http.Response.Headers;
            headers.CacheControl = "private, no-store";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            headers.XContentTypeOptions = "nosniff";
            return Results.Text(chart.Svg, "image/svg+xml", Encoding.UTF8);
        });
        return app;
    }
}
