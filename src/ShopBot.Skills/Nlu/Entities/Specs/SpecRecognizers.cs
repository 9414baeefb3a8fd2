using ShopBot.Skills.Nlu.Entities.Recognizers;

namespace ShopBot.Skills.Nlu.Entities.Specs;

/// <summary>Which of ShopBot's recognizers each spec file tests.</summary>
public static class SpecRecognizers
{
    /// <summary>The recognizer for a spec name (Number, Ordinal, Percent, Currency, Email, PhoneNumber, DateTime), or null.</summary>
    public static IEntityRecognizer? For(string specName) => specName switch
    {
        "Number" => new NumberRecognizer(),
        "Ordinal" => new OrdinalRecognizer(),
        "Percent" => new PercentRecognizer(),
        "Email" => new EmailRecognizer(),
        "Currency" => new CurrencyRecognizer(),
        "PhoneNumber" => new PhoneNumberRecognizer(),
        "DateTime" => new DateTimes.DateTimeRecognizer(),
        _ => null,
    };
}
