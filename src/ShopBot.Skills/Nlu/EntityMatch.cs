namespace ShopBot.Skills.Nlu;

/// <summary>
/// One recognised entity, in the result model of Microsoft.Recognizers.Text: <see cref="Start"/> and
/// <see cref="End"/> are character offsets into the input, <see cref="End"/> inclusive; <see cref="TypeName"/> is
/// e.g. <c>number</c>, <c>currency</c>, <c>datetimeV2.date</c>, <c>order_id</c>; <see cref="Resolution"/> holds the
/// typed values (numbers as strings where the specs do, nested lists/dictionaries for datetime values).
/// </summary>
public sealed record EntityMatch(string Text, int Start, int End, string TypeName, IReadOnlyDictionary<string, object?> Resolution);
