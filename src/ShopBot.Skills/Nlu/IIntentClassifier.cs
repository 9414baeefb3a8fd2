namespace ShopBot.Skills.Nlu;

/// <summary>Scores the intents of a message. Implementations are trained models; prediction is thread-safe.</summary>
public interface IIntentClassifier
{
    /// <summary>Intents ordered by confidence, highest first; confidences sum to 1 over all intents.</summary>
    IReadOnlyList<IntentScore> Classify(string text);
}
