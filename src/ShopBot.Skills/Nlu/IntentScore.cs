namespace ShopBot.Skills.Nlu;

/// <summary>An intent name with its probability-like confidence in [0, 1].</summary>
public sealed record IntentScore(string Name, double Confidence);
