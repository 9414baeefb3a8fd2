namespace ShopBot.Skills.Nlu.Entities.Numbers;

/// <summary>A number found in text: tokens <see cref="First"/>..<see cref="Last"/> (inclusive), its value and spec subtype.</summary>
internal readonly record struct NumberPhrase(int First, int Last, double Value, string Subtype, bool HasWords);
