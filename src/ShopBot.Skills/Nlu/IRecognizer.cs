namespace ShopBot.Skills.Nlu;

/// <summary>The whole NLU of a turn: intent with fallback, sentiment and entities. Used by the turn pipeline and /api/nlu/parse.</summary>
public interface IRecognizer
{
    RecognizerResult Recognize(string text, string? culture = null, DateTime? referenceTime = null);
}
