namespace ShopBot.Skills.Skills.Handoff;

/// <summary>When the bot steps back for a person, section <c>ShopBot:Handoff</c>. Defaults in brackets.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "ShopBot:Handoff";

    /// <summary>
    /// Without an upset detector (no shop messages marked upset in dialogs/sentiment): a message with sentiment at or
    /// below this makes the bot offer a person [-0.6].
    /// </summary>
    public double NegativeSentimentThreshold { get; set; } = -0.6;

    /// <summary>
    /// A message labelled negative whose writer is upset with at least this probability (the NLU's upset
    /// detector) makes the bot offer a person [0.25]. Chosen by 5-fold cross-validation over the shop messages and the
    /// calm intent examples, as the best F0.5 (the
    /// <c>sentiment</c> benchmark prints the table; README).
    /// </summary>
    public double UpsetThreshold { get; set; } = 0.25;

    /// <summary>Sentiment falling over this many consecutive messages, ending below zero, makes the bot offer a person [3].</summary>
    public int FallingSentimentTurns { get; set; } = 3;

    /// <summary>A falling sentiment counts only when it ends at or below this and fell by at least as much overall [-0.3].</summary>
    public double FallingSentimentFloor { get; set; } = -0.3;

    /// <summary>
    /// Each step of a falling sentiment must drop by at least this [0.1]: neutral messages differ by tiny amounts
    /// (1e-4) that say nothing about the shopper's mood.
    /// </summary>
    public double FallingSentimentMinStep { get; set; } = 0.1;

    /// <summary>This many fallbacks in a row make the bot offer a person [2].</summary>
    public int FallbacksBeforeOffer { get; set; } = 2;

    /// <summary>Refunds above this amount (minor units) go to a person instead of being made by the bot [20000].</summary>
    public long RiskyRefundAmountMinor { get; set; } = 20_000;

    /// <summary>Minutes a queued conversation waits for an agent before it returns to the bot with an apology [10].</summary>
    public int QueueTimeoutMinutes { get; set; } = 10;

    /// <summary>Minutes an agent takes per conversation on average, for the expected wait told to the shopper [6].</summary>
    public int AverageHandlingMinutes { get; set; } = 6;

    /// <summary>Days with support, as three-letter English day names [Mon..Fri].</summary>
    public List<string> SupportDays { get; set; } = ["Mon", "Tue", "Wed", "Thu", "Fri"];

    /// <summary>Opening time, HH:mm in <see cref="TimeZone"/> [09:00].</summary>
    public string SupportOpens { get; set; } = "09:00";

    /// <summary>Closing time, HH:mm in <see cref="TimeZone"/> [18:00].</summary>
    public string SupportCloses { get; set; } = "18:00";

    /// <summary>IANA time zone of the support hours [Europe/London].</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public void Validate()
    {
        if (NegativeSentimentThreshold is < -1 or > 0) throw new ArgumentException($"{SectionName}:{nameof(NegativeSentimentThreshold)} must be in [-1, 0].");
        if (!(UpsetThreshold is >= 0 and <= 1)) throw new ArgumentException($"{SectionName}:{nameof(UpsetThreshold)} must be in [0, 1].");
        if (FallingSentimentFloor is < -1 or > 0) throw new ArgumentException($"{SectionName}:{nameof(FallingSentimentFloor)} must be in [-1, 0].");
        if (FallingSentimentTurns < 2) throw new ArgumentException($"{SectionName}:{nameof(FallingSentimentTurns)} must be at least 2.");
        if (!(FallingSentimentMinStep is >= 0 and <= 2)) throw new ArgumentException($"{SectionName}:{nameof(FallingSentimentMinStep)} must be in [0, 2].");
        if (FallbacksBeforeOffer < 1) throw new ArgumentException($"{SectionName}:{nameof(FallbacksBeforeOffer)} must be at least 1.");
        if (QueueTimeoutMinutes < 1 || AverageHandlingMinutes < 1) throw new ArgumentException($"{SectionName}: queue minutes must be at least 1.");
        _ = SupportHours.From(this);
    }
}
