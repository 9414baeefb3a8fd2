using System.Buffers;
using System.Text.Json;
using ShopBot.Skills.Conversation;

namespace ShopBot.Channels;

/// <summary>Reads request bodies with a size cap and parses activities with clear reasons for what is wrong.</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or TooLarge as soon as more than <paramref name="limit"/> bytes arrive (the rest is not read).</summary>
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return ([], true);
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit + 1, (int?)request.ContentLength ?? 4096) + 1);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.WrittenCount + read > limit) return ([], true);
                buffer.Write(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.WrittenSpan.ToArray(), false);
    }

    /// <summary>Parses one activity; fails with a reason for empty bodies, invalid JSON, non-objects and a missing <c>type</c>.</summary>
    public static bool TryParseActivity(byte[] body, out Activity? activity, out string? problem)
    {
        activity = null;
        problem = null;
        if (body.Length == 0)
        {
            problem = "The body is empty; an activity (JSON object with a 'type') is required.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"An activity must be a JSON object, not {document.RootElement.ValueKind}.";
                return false;
            }

            activity = document.RootElement.Deserialize<Activity>(ActivityJson.Options);
        }
        catch (JsonException ex)
        {
            problem = $"The body is not a valid activity: {ex.Message}";
            return false;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            problem = "The activity has no 'type'.";
            activity = null;
            return false;
        }

        return true;
    }
}
