using System.Text;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Charts;

/// <summary>An SVG document as a chat attachment: <c>image/svg+xml</c> with the document inline as a base64 data URI.</summary>
public static class SvgAttachment
{
    /// <summary>Largest SVG accepted (bytes), well under the 256 KB activity limit once base64-encoded.</summary>
    public const int MaxBytes = 150_000;

    /// <summary>Builds the attachment; throws <see cref="ArgumentException"/> for an empty or oversized document.</summary>
    public static Attachment Create(string svg, string name) =>
        new() { ContentType = AttachmentContentTypes.Svg, ContentUrl = "data:" + AttachmentContentTypes.Svg + ";base64," + Convert.ToBase64String(Checked(svg, name)), Name = name };

    /// <summary>The document's UTF-8 bytes; throws <see cref="ArgumentException"/> for an empty or oversized document or name.</summary>
    internal static byte[] Checked(string svg, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(svg);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var bytes = Encoding.UTF8.GetBytes(svg);
        if (bytes.Length > MaxBytes) throw new ArgumentException($"The chart is {bytes.Length} bytes; at most {MaxBytes} fit in a message.", nameof(svg));
        return bytes;
    }
}
