using ShopBot.Skills.Nlu;

namespace ShopBot.Tests.Support;

/// <summary>
/// Stands in for the trained NLU in protocol tests, which are about the wire and not about understanding: "hi" is
/// greet (so is anything starting "hi "), "help" is help, "boom" makes the turn fail, anything else is out_of_scope.
/// </summary>
public sealed class KeywordRecognizer : IRecognizer
{
    public RecognizerResult Recognize(string text, string? culture = null, DateTime? referenceTime = null)
    {
        if (text.Contains("boom", StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException("Simulated recognizer failure.");
        var lower = text.Trim().ToLowerInvariant();
        var intent = lower switch
        {
            "help" or "what can you do" => "help",
            _ when lower == "hi" || lower == "hello" || lower.StartsWith("hi ", StringComparison.Ordinal) => "greet",
            _ => RecognizerResult.OutOfScope,
        };
        var score = new IntentScore(intent, 1.0);
        return new RecognizerResult(text, score, [score], [], SentimentResult.Neutral);
    }
}
