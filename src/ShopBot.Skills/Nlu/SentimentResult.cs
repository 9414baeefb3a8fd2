namespace ShopBot.Skills.Nlu;

/// <summary>Sentiment of one message: <c>positive</c>, <c>neutral</c> or <c>negative</c>, and a score in [-1, 1].</summary>
public sealed record SentimentResult(string Label, double Score)
{
    public static SentimentResult Neutral { get; } = new("neutral", 0);
}
