using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;

namespace ShopBot.Channels.BotConnector;

/// <summary>
/// Sends the bot's activities back to a Bot Connector service URL:
/// <c>POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c> (or <c>.../activities</c> without a replyToId).
/// </summary>
public sealed partial class ConnectorReplySender(HttpClient http, IOptions<BotConnectorOptions> options, ILogger<ConnectorReplySender> logger)
{
    /// <summary>True when replies may be posted to <paramref name="serviceUrl"/>.</summary>
    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && options.Value.AllowedServiceUrls.Any(prefix => uri.AbsoluteUri.StartsWith(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && (uri.AbsoluteUri.Length == prefix.TrimEnd('/').Length || uri.AbsoluteUri[prefix.TrimEnd('/').Length] is '/' or ':'));

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var baseUrl = activity.ServiceUrl!.TrimEnd('/');
        var conversation = Uri.EscapeDataString(activity.Conversation?.Id ?? string.Empty);
        var url = activity.ReplyToId is { Length: > 0 } replyTo
            ? $"{baseUrl}/v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"{baseUrl}/v3/conversations/{conversation}/activities";
        using var response = await http.PostAsJsonAsync(url, activity, ActivityJson.Options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            LogSendFailed(url, (int)response.StatusCode);
            throw new HttpRequestException($"The channel answered {(int)response.StatusCode} to {url}.");
        }

        var body = await response.Content.ReadFromJsonAsync<ResourceResponse>(cancellationToken).ConfigureAwait(false);
        return body?.Id;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to {Url} failed with status {Status}")]
    private partial void LogSendFailed(string url, int status);

    private sealed record ResourceResponse(string? Id);
}
