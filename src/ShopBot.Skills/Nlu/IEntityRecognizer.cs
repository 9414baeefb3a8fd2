namespace ShopBot.Skills.Nlu;

/// <summary>Finds typed values (numbers, money, dates, order numbers, products...) in a message. Thread-safe.</summary>
public interface IEntityRecognizer
{
    IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime);
}
