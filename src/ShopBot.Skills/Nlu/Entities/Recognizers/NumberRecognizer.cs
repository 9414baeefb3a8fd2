using ShopBot.Skills.Nlu.Entities.Numbers;

namespace ShopBot.Skills.Nlu.Entities.Recognizers;

/// <summary>Numbers in English text: type <c>number</c>, resolution <c>{value, subtype}</c> (integer, decimal, fraction, power).</summary>
public sealed class NumberRecognizer : IEntityRecognizer
{
    public const string TypeName = "number";

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var parser = NumberParser.For(text, tokens);
        var result = new List<EntityMatch>();
        foreach (var p in parser.FindAll())
        {
            int s = tokens[p.First].Start, e = tokens[p.Last].End;
            result.Add(new EntityMatch(text[s..e], s, e - 1, TypeName, new Dictionary<string, object?>
            {
                ["value"] = NumberFormat.Format(p.Value),
                ["subtype"] = p.Subtype,
            }));
        }
        return result;
    }
}
