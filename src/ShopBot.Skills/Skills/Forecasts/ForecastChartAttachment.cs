using System.Text;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>An SVG document as a chat attachment: <c>image/svg+xml</c> with the document inline as a base64 data URI.</summary>
public static class ForecastChartAttachment
{
    /// <summary>The SVG content type.</summary>
    public const string ContentType = "image/svg+xml";

    /// <summary>Largest SVG accepted (bytes), well under the 256 KB activity limit once base64-encoded.</summary>
    public const int MaxBytes = 150_000;

    /// <summary>Builds the attachment; throws <see cref="ArgumentException"/> for an empty or oversized document.</summary>
    public static Attachment Create(string svg, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(svg);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var bytes = Encoding.UTF8.GetBytes(svg);
        if (bytes.Length > MaxBytes) throw new ArgumentException($"The chart is {bytes.Length} bytes; at most {MaxBytes} fit in a message.", nameof(svg));
        return new Attachment { ContentType = ContentType, ContentUrl = "data:" + ContentType + ";base64," + Convert.ToBase64String(bytes), Name = name };
    }
}
