namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>A fallback threshold and margin and what they score on the predictions they were chosen on.</summary>
public sealed record FallbackChoice(double Threshold, double Margin, double InScopeAccuracy, double OosRecall);
