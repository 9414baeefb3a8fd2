namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>Precision, recall and F1 of one intent, with its support (true examples in the test set).</summary>
public sealed record IntentMetrics(string Intent, double Precision, double Recall, double F1, int Support);
