namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>One wrongly classified example.</summary>
public sealed record Misclassification(string Text, string Expected, string Predicted, double Confidence);
