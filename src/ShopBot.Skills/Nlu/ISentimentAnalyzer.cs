namespace ShopBot.Skills.Nlu;

/// <summary>Scores the sentiment of a message. Thread-safe.</summary>
public interface ISentimentAnalyzer
{
    SentimentResult Analyze(string text);
}
