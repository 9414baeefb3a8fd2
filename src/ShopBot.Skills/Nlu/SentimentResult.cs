namespace ShopBot.Skills.Nlu;

/// <summary>
/// Sentiment of one message: <c>positive</c>, <c>neutral</c> or <c>negative</c>, a score in [-1, 1], and, for a
/// negative message when shop messages marked upset ship with the sentiment data, the probability that the writer is
/// upset (angry, distressed, out of patience) rather than mildly negative; null otherwise.
/// </summary>
public sealed record SentimentResult(string Label, double Score, double? Upset = null)
{
    public static SentimentResult Neutral { get; } = new("neutral", 0);
}
