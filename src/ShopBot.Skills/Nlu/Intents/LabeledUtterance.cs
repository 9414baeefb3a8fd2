namespace ShopBot.Skills.Nlu.Intents;

/// <summary>One training or test example: a message and its intent (or class) label.</summary>
public sealed record LabeledUtterance(string Text, string Label);
