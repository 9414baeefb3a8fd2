namespace ShopBot.Skills.Nlu.Entities.Specs;

/// <summary>One failed spec case: the input, what the spec expects and what the recognizer found (both as JSON).</summary>
public sealed record SpecFailure(string Input, string Expected, string Actual, string Reason);
