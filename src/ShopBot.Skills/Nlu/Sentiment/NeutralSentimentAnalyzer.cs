namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>Says <c>neutral</c> for every message; used when no sentiment training data is shipped.</summary>
public sealed class NeutralSentimentAnalyzer : ISentimentAnalyzer
{
    public SentimentResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SentimentResult.Neutral;
    }
}
