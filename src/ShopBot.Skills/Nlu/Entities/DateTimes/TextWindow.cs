namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// Bounded views of the text just before or after a position, so that looking at the words around each candidate
/// costs a constant, keeping recognition linear in the length of the message.
/// </summary>
internal static class TextWindow
{
    public const int Size = 64;

    /// <summary>Up to <see cref="Size"/> characters before <paramref name="pos"/>; <paramref name="offset"/> is where they start.</summary>
    public static string Head(string t, int pos, out int offset)
    {
        offset = Math.Max(0, pos - Size);
        return t[offset..pos];
    }

    /// <summary>Up to <see cref="Size"/> characters from <paramref name="pos"/>.</summary>
    public static string Tail(string t, int pos) => t[pos..Math.Min(t.Length, pos + Size)];
}
