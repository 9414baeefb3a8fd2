namespace ShopBot.Skills.Tests.Nlu;

/// <summary>How the held-out sets are compared with the training data: one line equals another when they differ only in case and punctuation.</summary>
internal static class HeldOutText
{
    /// <summary>
    /// Lower-cased, apostrophes dropped ("that's" meets "thats"), other punctuation as spaces, spaces collapsed: as
    /// dialogs/intents/tools/check_lu.py compares, but for the apostrophes.
    /// </summary>
    public static string Key(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Where(c => c is not ('\'' or '\u2019')).Select(c => char.IsPunctuation(c) ? ' ' : c)])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
